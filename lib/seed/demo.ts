/**
 * The demo's cast: people covering every identity case of domain.md, staff of every role, and a few
 * pharmacies. ID numbers are built with their real check digit (I2), so they pass every check.
 */
import { completeIdNumber } from "@/lib/rules";
import type { PersonSeed } from "./factories";
import type { StaffRole } from "@/lib/generated/prisma/client";

export const DEMO_PEOPLE: readonly (PersonSeed & { note: string })[] = [
  { note: "national, male", idNumber: completeIdNumber("A12345678"), name: "王小明", birthDate: "1985-06-15", phone: "0912345678", email: "xiaoming.wang@example.test", cardNumber: "000012345678" },
  { note: "national, female", idNumber: completeIdNumber("B22334455"), name: "林美玲", birthDate: "1990-11-02", phone: "0922334455", email: "meiling.lin@example.test", cardNumber: "000022334455" },
  { note: "national, office worker", idNumber: completeIdNumber("F13579246"), name: "陳志豪", birthDate: "1978-03-29", phone: "0933579246", email: "zhihao.chen@example.test", cardNumber: "000013579246" },
  { note: "national, grandmother", idNumber: completeIdNumber("E28642097"), name: "李秀英", birthDate: "1942-02-28", phone: "0928642097", email: "xiuying.li@example.test", cardNumber: "000028642097" },
  { note: "national, born on 29 February", idNumber: completeIdNumber("K12000229"), name: "黃閏年", birthDate: "2000-02-29", phone: "0912000229", email: "leap.huang@example.test", cardNumber: "000012000229" },
  { note: "foreign resident, new form (since 2021)", idNumber: completeIdNumber("A98765432"), name: "NGUYEN THI LAN", birthDate: "1993-08-20", phone: "0998765432", email: "lan.nguyen@example.test", cardNumber: "000098765432" },
  { note: "foreign resident, legacy two-letter form", idNumber: completeIdNumber("FC0246813"), name: "JOHN SMITH", birthDate: "1975-12-01", phone: "0970246813", email: "john.smith@example.test", cardNumber: "000070246813" },
  { note: "child (under the adult age): cannot buy adult masks (O1)", idNumber: completeIdNumber("H12468013"), name: "張小華", birthDate: "2016-05-01", phone: "0912468013", email: "xiaohua.zhang@example.test", cardNumber: "000012468013" },
];

export type StaffSeed = { username: string; displayName: string; role: StaffRole; password: string };

/** Demo-only passwords, printed in the README; the seed refuses to create them in production. */
export const DEMO_STAFF: readonly StaffSeed[] = [
  { username: "admin", displayName: "系統管理員 Admin", role: "ADMIN", password: "emask-demo-admin" },
  { username: "counter", displayName: "臨櫃人員 Counter", role: "COUNTER", password: "emask-demo-counter" },
  { username: "auditor", displayName: "稽核人員 Auditor", role: "AUDITOR", password: "emask-demo-auditor" },
  // The clerk works at the second store the seed generates (the first is short of masks: a draw).
  { username: "clerk", displayName: "門市店員 Clerk", role: "CLERK", password: "emask-demo-clerk" },
];

/**
 * Demo-only TOTP secret of every seeded staff account (issue 10 item 7, D122): local use only, like
 * the passwords above. Add it to an authenticator app (or `npx tsx scripts/staff-totp.ts`) to sign in.
 */
export const DEMO_TOTP_SECRET = "EMASKDEMOSTAFFTOTPLOCALUSE234567";

/** Demo-only API key of a seeded pharmacy (local use; a real pharmacy is issued a random key). */
export const demoPharmacyKey = (code: string) => `demo_pharmacy_${code}_local_only`;

export const DEMO_PHARMACIES = [
  { code: "5901010001", name: "信義健康藥局", county: "臺北市", town: "信義區", address: "110 臺北市信義區松仁路100號" },
  { code: "5931020002", name: "板橋仁愛藥局", county: "新北市", town: "板橋區", address: "220 新北市板橋區文化路一段50號" },
  { code: "5917030003", name: "西屯衛生所", county: "臺中市", town: "西屯區", address: "407 臺中市西屯區西屯路二段300號" },
] as const;
