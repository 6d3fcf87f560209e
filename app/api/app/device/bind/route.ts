import { randomToken } from "@/lib/security/hash";
import { json, parseBody, route } from "@/lib/http/route";
import { z } from "zod";
import { DEVICE_COOKIE, DEVICE_ID_PATTERN } from "@/lib/identity/device-cookie";
import { bindDevice } from "@/lib/identity/device/bind-device";
import { clientAddress } from "@/lib/http/client-address";
import { codeField } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const schema = z.object({ code: codeField(32) });
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * I6/I8 app side: bind this phone with a device code. The app's device id comes from its cookie;
 * if the app shell has not set one yet, it is created here (same attributes as the shell's).
 */
export const POST = route(async (req) => {
  const { code } = await parseBody(req, schema);
  const cookie = req.cookies.get(DEVICE_COOKIE)?.value;
  const deviceId = cookie && DEVICE_ID_PATTERN.test(cookie) ? cookie : randomToken(24);
  const { ticket, appPassword } = await bindDevice(code, { client: clientAddress(req.headers), deviceId });
  const res = json({ ticket, appPassword });
  if (deviceId !== cookie) {
    res.cookies.set(DEVICE_COOKIE, deviceId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: YEAR_SECONDS, secure: req.nextUrl.protocol === "https:" });
  }
  return res;
});
