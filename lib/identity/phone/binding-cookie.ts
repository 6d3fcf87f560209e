/**
 * The cookie that ties a phone-verification nonce to the browser that asked for it (issue 7
 * item 1): random, httpOnly, only sent to the phone-verification API, gone after the nonce's life.
 */
export const PHONE_BINDING_COOKIE = "emask-phone-binding";
export const PHONE_BINDING_PATH = "/api/app/phone";
export const PHONE_BINDING_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;
