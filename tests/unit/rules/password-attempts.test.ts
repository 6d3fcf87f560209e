import { describe, expect, it } from "vitest";
import { afterRightPassword, afterWrongPassword, loginAllowed, type AttemptState } from "@/lib/rules";

const T0 = new Date("2020-03-12T01:00:00Z");
const fresh: AttemptState = { failedAttempts: 0, suspensions: 0, suspendedUntil: null };
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function wrong(state: AttemptState, times: number, at = T0) {
  let s = state;
  let outcome = loginAllowed(s, at);
  for (let i = 0; i < times; i++) ({ next: s, outcome } = afterWrongPassword(s, at));
  return { state: s, outcome };
}

describe("I3: wrong NHI-card passwords", () => {
  it("I3: two wrong passwords change nothing visible; the third suspends login for 10 minutes", () => {
    expect(wrong(fresh, 2).outcome).toEqual({ kind: "ok" });
    const third = wrong(fresh, 3);
    expect(third.outcome).toEqual({ kind: "suspended", until: minutes(10) });
    expect(loginAllowed(third.state, minutes(9.99))).toEqual({ kind: "suspended", until: minutes(10) });
    expect(loginAllowed(third.state, minutes(10))).toEqual({ kind: "ok" });
  });

  it("I3: the third suspension cancels the registration, for good", () => {
    let s = fresh;
    for (let i = 0; i < 2; i++) s = wrong(s, 3).state;
    expect(s.suspensions).toBe(2);
    const last = wrong(s, 3, minutes(60));
    expect(last.outcome).toEqual({ kind: "cancelled" });
    expect(loginAllowed(last.state, minutes(10_000))).toEqual({ kind: "cancelled" });
  });

  it("I3: a right password resets the wrong-password count but not the suspensions", () => {
    const s = afterRightPassword({ failedAttempts: 2, suspensions: 1, suspendedUntil: null });
    expect(s).toEqual({ failedAttempts: 0, suspensions: 1, suspendedUntil: null });
    expect(wrong(s, 2).outcome).toEqual({ kind: "ok" });
  });
});
