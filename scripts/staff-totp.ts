/**
 * `npx tsx scripts/staff-totp.ts [secret]`: the current TOTP code of the seeded demo staff (local use
 * only; D122) — or of the base32 `secret` given — for signing in to the demo without an app.
 */
import { generateSync } from "otplib";
import { DEMO_TOTP_SECRET } from "@/lib/seed/demo";

const secret = process.argv[2] ?? DEMO_TOTP_SECRET;
const left = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${generateSync({ secret })}  (valid for about ${left} s more)`);
