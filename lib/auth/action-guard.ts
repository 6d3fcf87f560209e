import "server-only";
import { forbidden, unauthorized } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * Server actions are public HTTP endpoints (anyone can post to them with the `Next-Action` header),
 * so they authorize like routes do — but a thrown AppError there is rendered as a 500. This maps
 * the guard's refusals to real statuses (issue 7 item 4): not signed in → 401, wrong kind of person
 * or role → 403 (Next's `unauthorized()` / `forbidden()`, enabled by `experimental.authInterrupts`).
 *
 *   const clerk = await forAction(requireStaff("CLERK"));
 */
export async function forAction<T>(check: Promise<T>): Promise<T> {
  try {
    return await check;
  } catch (e) {
    if (e instanceof AppError && e.kind === "UNAUTHENTICATED") unauthorized();
    if (e instanceof AppError && e.kind === "FORBIDDEN") forbidden();
    throw e;
  }
}
