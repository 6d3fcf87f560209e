/**
 * I3: "a new NHI-card password (6–12 characters)". [decision] Printable ASCII, no spaces. One
 * module so the server's schema and the browser's check (./form-check.ts) cannot drift apart.
 */
export const PASSWORD_MIN = 6;
export const PASSWORD_MAX = 12;
export const PASSWORD_CHARACTERS = /^[\x21-\x7E]+$/;
