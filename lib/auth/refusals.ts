import { AppError } from "@/lib/errors";
import type { CitizenPrincipal, Principal } from "./session";

/** The guard's two refusals (framework free: lib/auth/guard.ts and the intake fast path share them). */
export const UNAUTHENTICATED = new AppError("UNAUTHENTICATED", "UNAUTHENTICATED", {
  "zh-TW": "請先完成身分驗證。",
  en: "Please verify your identity first.",
});
export const FORBIDDEN = new AppError("FORBIDDEN", "FORBIDDEN", {
  "zh-TW": "您沒有權限進行此操作。",
  en: "You are not allowed to do this.",
});

/** A citizen's session, or 401 (none) / 403 (staff). */
export function citizenOnly(p: Principal | null): CitizenPrincipal {
  if (!p) throw UNAUTHENTICATED;
  if (p.kind !== "citizen") throw FORBIDDEN;
  return p;
}
