/**
 * I3: "a new NHI-card password (6–12 characters)". [decision] Printable ASCII, no spaces. One
 * module so the server's schema and the browser's check (lib/identity/nhi-card/form-check.ts)
 * cannot drift apart; the browser imports it from here, not from the rules index, which also holds
 * the draw (node:crypto).
 */
export const PASSWORD_MIN = 6;
export const PASSWORD_MAX = 12;
export const PASSWORD_CHARACTERS = /^[\x21-\x7E]+$/;
