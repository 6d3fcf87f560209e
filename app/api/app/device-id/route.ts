import { json, route } from "@/lib/http/route";
import { DEVICE_COOKIE, DEVICE_ID_PATTERN } from "@/lib/identity/device-cookie";
import { deviceCookieOptions, newDeviceId } from "@/lib/identity/app-login/device-id";

export const dynamic = "force-dynamic";

/**
 * POST /api/app/device-id: the phone app's device id, set once (httpOnly cookie, a year). A
 * present, well-formed id is kept — binding a device (I6) ties a credential to it. Never returns it.
 */
export const POST = route(async (req) => {
  const existing = req.cookies.get(DEVICE_COOKIE)?.value;
  if (existing && DEVICE_ID_PATTERN.test(existing)) return json({ created: false });
  const res = json({ created: true });
  res.cookies.set(DEVICE_COOKIE, newDeviceId(), deviceCookieOptions());
  return res;
});
