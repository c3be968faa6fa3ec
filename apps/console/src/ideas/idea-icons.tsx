import { lineIcon } from '../notifications/notification-icons';

export const IconRefresh = lineIcon(['M20 11a8 8 0 1 0-2.3 5.7', 'M20 4v7h-7']);
export const IconTrash = lineIcon(['M4 7h16', 'M10 11v6', 'M14 11v6', 'M5 7l1 13h12l1-13', 'M9 7V4h6v3']);
export const IconExternal = lineIcon(['M14 4h6v6', 'M20 4l-9 9', 'M18 14v6H4V6h6']);
export const IconRss = lineIcon(['M5 19h.01', 'M4 11a9 9 0 0 1 9 9', 'M4 4a16 16 0 0 1 16 16']);
export const IconIdeas = lineIcon([
  'M9 18h6',
  'M10 21h4',
  'M12 3a6 6 0 0 0-4 10.5c.7.7 1 1.5 1 2.5h6c0-1 .3-1.8 1-2.5A6 6 0 0 0 12 3z',
]);
