import { describe, expect, it } from "vitest";
import { completeIdNumber } from "@/lib/rules";
import { checkDeviceConditions, checkPhoneConditions, checkSubscriberConditions, type DeviceFacts } from "@/lib/rules";
import type { SubscriberFacts } from "@/lib/identity/phone/telecom";

const NATIONAL = completeIdNumber("A12345678");
const device: DeviceFacts = { idNumber: NATIONAL, network: "MOBILE_DATA" };
const own: SubscriberFacts = { match: true, plan: "MONTHLY", company: false, reportedLost: false, terminated: false };
const all = (over: Partial<DeviceFacts> = {}, subscriber: SubscriberFacts = own, personFound = true) =>
  checkPhoneConditions({ ...device, ...over, subscriber, personFound });

describe("I5: every condition of phone quick verification", () => {
  it("I5: a national, on mobile data, own monthly number: all conditions hold", () => {
    expect(all()).toBeNull();
  });

  it("I2: an ID number with a wrong check digit is refused (INVALID_ID_NUMBER)", () => {
    const bad = NATIONAL.slice(0, 9) + String((Number(NATIONAL[9]) + 1) % 10);
    expect(all({ idNumber: bad })).toBe("INVALID_ID_NUMBER");
    expect(all({ idNumber: "hello" })).toBe("INVALID_ID_NUMBER");
  });

  it("I8: a foreign resident (new and legacy resident numbers) is refused (FOREIGNER_NOT_ALLOWED), whatever the number", () => {
    expect(all({ idNumber: completeIdNumber("A98765432") })).toBe("FOREIGNER_NOT_ALLOWED");
    expect(all({ idNumber: completeIdNumber("FC0246813") })).toBe("FOREIGNER_NOT_ALLOWED");
  });

  it("I5: Wi-Fi on is refused (PHONE_WIFI_ON)", () => {
    expect(all({ network: "WIFI" })).toBe("PHONE_WIFI_ON");
  });

  it("I5: a number not registered to that ID is refused (PHONE_NOT_OWN_NUMBER)", () => {
    expect(all({}, { match: false })).toBe("PHONE_NOT_OWN_NUMBER");
  });

  it("no enumeration: an ID not in the registry gets the very same refusal as someone else's number", () => {
    expect(all({}, own, false)).toBe("PHONE_NOT_OWN_NUMBER");
    expect(checkSubscriberConditions(false, { match: false })).toBe("PHONE_NOT_OWN_NUMBER");
  });

  it("I5: a prepaid number is refused (PHONE_PREPAID)", () => {
    expect(all({}, { ...own, plan: "PREPAID" })).toBe("PHONE_PREPAID");
  });

  it("I5: a company number is refused (PHONE_COMPANY_NUMBER)", () => {
    expect(all({}, { ...own, company: true })).toBe("PHONE_COMPANY_NUMBER");
  });

  it("I5: a number reported lost is refused (PHONE_REPORTED_LOST)", () => {
    expect(all({}, { ...own, reportedLost: true })).toBe("PHONE_REPORTED_LOST");
  });

  it("I5: a terminated number is refused (PHONE_TERMINATED)", () => {
    expect(all({}, { ...own, terminated: true })).toBe("PHONE_TERMINATED");
  });

  it("order: the phone's own state is judged before the operator is asked; then terminated, lost, company, prepaid", () => {
    expect(checkDeviceConditions({ idNumber: completeIdNumber("A98765432"), network: "WIFI" })).toBe("FOREIGNER_NOT_ALLOWED");
    expect(checkDeviceConditions({ ...device, network: "WIFI" })).toBe("PHONE_WIFI_ON");
    expect(all({ network: "WIFI" }, { match: false })).toBe("PHONE_WIFI_ON");
    const everything: SubscriberFacts = { match: true, plan: "PREPAID", company: true, reportedLost: true, terminated: true };
    expect(all({}, everything)).toBe("PHONE_TERMINATED");
    expect(all({}, { ...everything, terminated: false })).toBe("PHONE_REPORTED_LOST");
    expect(all({}, { ...everything, terminated: false, reportedLost: false })).toBe("PHONE_COMPANY_NUMBER");
  });
});
