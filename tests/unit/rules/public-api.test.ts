import { describe, expect, it } from "vitest";
import * as rules from "@/lib/rules";

// The names other code (and QA) import from "@/lib/rules". Removing or renaming one is a
// breaking change and must fail here first.
describe("public API", () => {
  it("API: @/lib/rules exports every documented function", () => {
    const functions = Object.entries(rules)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name);
    expect(functions).toEqual(
      expect.arrayContaining([
        "addDays", "isDay", "compareDays", "daysBetween", "weekdayOf", "dayInTaipei",
        "checkIdNumber", "completeIdNumber", "idNumberValidOn",
        "nextPurchaseDay", "onlinePurchaseDay", "pharmacyDayAllowed",
        "isAdult", "ageOn", "orderPrice", "validateRoundCalendar", "roundPhase",
      ]),
    );
  });
});
