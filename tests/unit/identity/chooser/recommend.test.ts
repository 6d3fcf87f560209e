import { describe, expect, it } from "vitest";
import { openWays, recommend, type Answers } from "@/lib/identity/chooser/recommend";

const national: Answers = { national: true, ownMonthlyNumber: true, cardReader: true, citizenCert: true, prefer: "phone" };
const foreigner: Answers = { national: false, ownMonthlyNumber: false, cardReader: true, citizenCert: false, prefer: "phone" };

describe("the chooser (the seed's flow chart)", () => {
  it("I5: a national with their own monthly number who wants the phone is sent to phone quick verification", () => {
    expect(recommend(national)).toEqual({ primary: "PHONE", alternatives: ["DEVICE", "NHI_CARD", "CITIZEN_CERT", "COUNTER"], notes: [] });
  });

  it("I4 [decision]: on a computer, a national with a certificate and a reader signs with the certificate (no registration needed)", () => {
    expect(recommend({ ...national, prefer: "computer" })).toEqual({
      primary: "CITIZEN_CERT",
      alternatives: ["PHONE", "DEVICE", "NHI_CARD", "COUNTER"],
      notes: [],
    });
  });

  it("I3: on a computer with a card reader and no certificate, the NHI card comes first", () => {
    expect(recommend({ ...national, citizenCert: false, prefer: "computer" })).toEqual({
      primary: "NHI_CARD",
      alternatives: ["PHONE", "DEVICE", "COUNTER"],
      notes: [],
    });
  });

  it("Q&A 13: no card reader but an own monthly number: the phone app, even for someone who prefers a computer", () => {
    const r = recommend({ ...national, cardReader: false, citizenCert: false, prefer: "computer" });
    expect(r).toEqual({ primary: "PHONE", alternatives: ["COUNTER"], notes: [] });
  });

  it("I6: a national on a company phone / prepaid / Wi-Fi only, with a card reader, wanting the phone: device code", () => {
    const r = recommend({ ...national, ownMonthlyNumber: false, citizenCert: false });
    expect(r).toEqual({ primary: "DEVICE", alternatives: ["NHI_CARD", "COUNTER"], notes: ["NOT_OWN_MONTHLY"] });
  });

  it("I7: neither an own monthly number nor a card reader: the counter, with the reason", () => {
    const r = recommend({ ...national, ownMonthlyNumber: false, cardReader: false, citizenCert: false });
    expect(r).toEqual({ primary: "COUNTER", alternatives: [], notes: ["NOT_OWN_MONTHLY", "NO_READER"] });
  });

  it("I4: a certificate without a card reader is not a way (and the page says why)", () => {
    const r = recommend({ ...national, ownMonthlyNumber: false, cardReader: false, citizenCert: true, prefer: "computer" });
    expect(r.primary).toBe("COUNTER");
    expect(r.alternatives).not.toContain("CITIZEN_CERT");
    expect(r.notes).toEqual(["NOT_OWN_MONTHLY", "CERT_NEEDS_READER", "NO_READER"]);
  });

  it("I4: a certificate holder who wants to order on the phone, without an own number, binds the phone (certificate still open)", () => {
    const r = recommend({ ...national, ownMonthlyNumber: false });
    expect(r.primary).toBe("DEVICE");
    expect(r.alternatives).toEqual(["NHI_CARD", "CITIZEN_CERT", "COUNTER"]);
  });

  it("I8: a foreign resident wanting the phone: device code (never phone quick verification), with the I8 note", () => {
    expect(recommend(foreigner)).toEqual({ primary: "DEVICE", alternatives: ["NHI_CARD", "COUNTER"], notes: ["FOREIGNER_I8"] });
  });

  it("I8: a foreign resident on a computer: NHI card; claiming an own number or a certificate changes nothing", () => {
    const r = recommend({ ...foreigner, ownMonthlyNumber: true, citizenCert: true, prefer: "computer" });
    expect(r).toEqual({ primary: "NHI_CARD", alternatives: ["DEVICE", "COUNTER"], notes: ["FOREIGNER_I8"] });
  });

  it("I8 + I7: a foreign resident with no card reader: the counter", () => {
    const r = recommend({ ...foreigner, cardReader: false });
    expect(r).toEqual({ primary: "COUNTER", alternatives: [], notes: ["FOREIGNER_I8", "NO_READER"] });
  });

  it("every combination: the primary way is open, never listed twice, the counter always open; foreigners never get I4/I5", () => {
    const bools = [true, false];
    for (const nat of bools)
      for (const own of bools)
        for (const reader of bools)
          for (const cert of bools)
            for (const prefer of ["phone", "computer"] as const) {
              const a: Answers = { national: nat, ownMonthlyNumber: own, cardReader: reader, citizenCert: cert, prefer };
              const r = recommend(a);
              const open = openWays(a);
              expect(open).toContain(r.primary);
              expect(new Set([r.primary, ...r.alternatives]).size).toBe(open.length);
              expect(open).toContain("COUNTER");
              if (!nat) expect(open.filter((w) => w === "PHONE" || w === "CITIZEN_CERT")).toEqual([]);
            }
  });
});
