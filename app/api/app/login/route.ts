import { z } from "zod";
import { json, parseBody, route } from "@/lib/http/route";
import { DEVICE_COOKIE } from "@/lib/identity/device-cookie";
import { appLogin } from "@/lib/identity/app-login/app-login";
import { clientAddress } from "@/lib/http/client-address";
import { idNumberField, text } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const AppLoginBody = z.object({
  idNumber: idNumberField(),
  password: text().min(1).max(128),
});

/**
 * POST /api/app/login { idNumber, password } → { ticket, method } (channel APP). The device
 * cookie is read here: a DEVICE credential only counts on its own device.
 * Refusals: INVALID_CREDENTIALS (401: unknown ID, wrong password, cancelled credential alike),
 * RATE_LIMITED (429, per source and per source + ID; issue 7 item 2).
 */
export const POST = route(async (req) => {
  const body = await parseBody(req, AppLoginBody);
  const { ticket, method } = await appLogin({ ...body, deviceId: req.cookies.get(DEVICE_COOKIE)?.value ?? null, source: clientAddress(req.headers) });
  return json({ ticket, method });
});
