/**
 * The product mark: a face mask. Decorative (the product name always sits next to it), so it
 * is hidden from assistive technology. Same drawing as public/icon.svg, the favicon.
 */
export function Logo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={className}>
      <rect width="32" height="32" rx="7" fill="#1d4ed8" />
      <path
        d="M9 11.5c4.5-1.6 9.5-1.6 14 0v7.2c0 2.6-3.1 4.8-7 4.8s-7-2.2-7-4.8z"
        fill="#fff"
      />
      <path d="M9 13H6.5a1.5 1.5 0 0 0 0 5H9M23 13h2.5a1.5 1.5 0 0 1 0 5H23" fill="none" stroke="#fff" strokeWidth="1.6" />
      <path d="M11.5 15h9M11.5 18h9" stroke="#1d4ed8" strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  );
}
