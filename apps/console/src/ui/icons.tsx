import type { SVGProps } from 'react';

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

function icon(paths: string[]) {
  return function Icon({ size = 18, ...props }: IconProps) {
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...props}
      >
        {paths.map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    );
  };
}

export const IconBrands = icon(['M4 20V6l8-3 8 3v14', 'M4 20h16', 'M9 20v-5h6v5', 'M9 9h.01', 'M15 9h.01']);
export const IconAccounts = icon([
  'M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1',
  'M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1',
]);
export const IconTeam = icon([
  'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z',
  'M3 21v-2a4 4 0 0 1 4-4h4a4 4 0 0 1 4 4v2',
  'M16 3.13a4 4 0 0 1 0 7.75',
  'M21 21v-2a4 4 0 0 0-3-3.85',
]);
export const IconAudit = icon(['M9 6h11', 'M9 12h11', 'M9 18h11', 'M4 6h.01', 'M4 12h.01', 'M4 18h.01']);
export const IconProfile = icon(['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M5 21v-1a7 7 0 0 1 14 0v1']);
export const IconSignOut = icon([
  'M14 8V6a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2v-2',
  'M9 12h12',
  'M18 9l3 3-3 3',
]);
export const IconLanguage = icon([
  'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z',
  'M3.6 9h16.8',
  'M3.6 15h16.8',
  'M12 3a15 15 0 0 1 0 18',
  'M12 3a15 15 0 0 0 0 18',
]);
export const IconChevronDown = icon(['M6 9l6 6 6-6']);
export const IconPlus = icon(['M12 5v14', 'M5 12h14']);
export const IconSearch = icon(['M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14z', 'M21 21l-5-5']);
export const IconAlert = icon([
  'M12 9v4',
  'M12 17h.01',
  'M10.3 3.9L2.4 17.6A2 2 0 0 0 4.1 20.6h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
]);
export const IconDots = icon(['M5 12h.01', 'M12 12h.01', 'M19 12h.01']);
export const IconSwitch = icon(['M7 4L3 8l4 4', 'M3 8h13', 'M17 20l4-4-4-4', 'M21 16H8']);
export const IconPosts = icon(['M4 5h16v11H8l-4 4z', 'M8 9h8', 'M8 12h5']);
export const IconCampaigns = icon(['M4 21V4', 'M4 4h12l-2 4 2 4H4']);
export const IconLock = icon(['M6 11h12v10H6z', 'M8 11V7a4 4 0 0 1 8 0v4', 'M12 15v2']);
