/**
 * I3: "3 wrong passwords suspend the login for 10 minutes and 3 suspensions cancel the
 * registration (it must be done again)". Pure: the caller passes the credential's counters and now.
 */
export const WRONG_PASSWORDS_PER_SUSPENSION = 3;
export const SUSPENSION_MINUTES = 10;
export const SUSPENSIONS_BEFORE_CANCEL = 3;

export type AttemptState = { failedAttempts: number; suspensions: number; suspendedUntil: Date | null };

export type AttemptOutcome =
  | { kind: "ok" }
  | { kind: "suspended"; until: Date }
  | { kind: "cancelled" };

/** May the person try a password now? */
export function loginAllowed(state: AttemptState, now: Date): AttemptOutcome {
  if (state.suspensions >= SUSPENSIONS_BEFORE_CANCEL) return { kind: "cancelled" };
  if (state.suspendedUntil && state.suspendedUntil > now) return { kind: "suspended", until: state.suspendedUntil };
  return { kind: "ok" };
}

/** The counters after a wrong password, and what it led to. */
export function afterWrongPassword(state: AttemptState, now: Date): { next: AttemptState; outcome: AttemptOutcome } {
  const failed = state.failedAttempts + 1;
  if (failed < WRONG_PASSWORDS_PER_SUSPENSION) {
    return { next: { ...state, failedAttempts: failed }, outcome: { kind: "ok" } };
  }
  const suspensions = state.suspensions + 1;
  if (suspensions >= SUSPENSIONS_BEFORE_CANCEL) {
    return { next: { failedAttempts: 0, suspensions, suspendedUntil: null }, outcome: { kind: "cancelled" } };
  }
  const until = new Date(now.getTime() + SUSPENSION_MINUTES * 60_000);
  return { next: { failedAttempts: 0, suspensions, suspendedUntil: until }, outcome: { kind: "suspended", until } };
}

/** After a right password: the wrong-password count starts again (suspensions are kept). */
export function afterRightPassword(state: AttemptState): AttemptState {
  return { ...state, failedAttempts: 0, suspendedUntil: null };
}
