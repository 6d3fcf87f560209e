/**
 * The phone app (the mobile web app standing for 健保快易通) identifies the device it runs on with
 * a random id kept in this cookie, set on the app's first visit. Device binding (I6) binds a
 * credential to it; the app login checks it.
 */
export const DEVICE_COOKIE = "emask-device";
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
