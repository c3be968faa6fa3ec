/** The media library's navigation icon (stroke icon, like the other navigation icons). */
export function IconMedia({ size = 18 }: { size?: number }) {
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
    >
      <path d="M4 5h16v14H4z" />
      <path d="M4 16l5-5 4 4 3-3 4 4" />
      <path d="M15 9h.01" />
    </svg>
  );
}
