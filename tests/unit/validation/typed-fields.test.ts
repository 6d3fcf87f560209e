import { describe, expect, it } from "vitest";
import { cardNumberField, codeField, idNumberField, normalizeTyped, phoneField } from "@/lib/validation/fields";
import { normalizeIdNumber } from "@/lib/identity/app-login/normalize-id-number";
import { CounterRegistrationInput } from "@/lib/identity/counter/input";
import { cardInput } from "@/lib/pharmacy/schemas";
import { handOverInput } from "@/lib/pickups/schemas";
import { householdNumberSchema, registrationSchema, residentSerialSchema } from "@/lib/identity/nhi-card/schemas";
import { MOBILE_NUMBER } from "@/lib/identity/phone/msisdn";

// What a Taiwanese keyboard in full-width mode types (issue 9 item 3).
const FULL_ID = "Ａ１２３４５６７８９";
const FULL_PHONE = "０９１２－３４５６７８";
const FULL_CARD = "０００Ｏ１２３４５６７８".replace("Ｏ", "０");

describe("issue 9 item 3: full-width input is normalised (NFKC, trim, upper case) at every boundary", () => {
  it("issue 9 item 3: normalizeTyped folds full-width letters and digits, trims, upper-cases", () => {
    expect(normalizeTyped(`　${FULL_ID}　`)).toBe("A123456789");
    expect(normalizeTyped(" ａ１２３ ")).toBe("A123");
    expect(normalizeTyped("A123456789")).toBe("A123456789");
  });

  it("issue 9 item 3: ID number fields (app login, phone nonce, certificate, telecom stand-in) take full-width", () => {
    expect(idNumberField().parse(FULL_ID)).toBe("A123456789");
    expect(idNumberField(20).parse(" ａ１２３４５６７８９")).toBe("A123456789");
    expect(idNumberField().safeParse("　").success).toBe(false); // only spaces: empty
    expect(normalizeIdNumber(FULL_ID)).toBe("A123456789"); // the domain's own lookup (I5, I7, app login)
  });

  it("issue 9 item 3: NHI card numbers (pharmacy API, counter) take full-width and spaces", () => {
    expect(cardNumberField().parse(FULL_CARD)).toBe("000012345678");
    expect(cardInput.parse({ cardNumber: "００００ １２３４ ５６７８" }).cardNumber).toBe("000012345678");
    expect(cardNumberField().safeParse("１２３").success).toBe(false);
  });

  it("issue 9 item 3: phone numbers (counter, card registration) take full-width digits and dashes", () => {
    expect(phoneField(MOBILE_NUMBER).parse(FULL_PHONE)).toBe("0912345678");
    const counter = CounterRegistrationInput.parse({ idNumber: FULL_ID, cardNumber: FULL_CARD, phoneNumber: FULL_PHONE, documents: {} });
    expect(counter).toMatchObject({ idNumber: "A123456789", cardNumber: "000012345678", phoneNumber: "0912345678" });
    const reg = registrationSchema.parse({
      kind: "national", householdNumber: "ｆ１２３４５６７", address: "臺北市信義區信義路五段7號", phone: "（０２）２７２０－８８８９",
      email: "a@example.test", password: "secret1", passwordConfirm: "secret1",
    });
    expect(reg).toMatchObject({ householdNumber: "F1234567", phone: "0227208889" });
  });

  it("issue 9 item 3: codes (device code, pickup code, household number, resident serial) take full-width", () => {
    expect(codeField().parse("１２３４－５６７８")).toBe("12345678");
    expect(handOverInput.parse({ pickupCode: "１２３４ ５６７８ ９０", documentType: "ID_CARD", documentNumber: FULL_ID, byProxy: "" }))
      .toMatchObject({ pickupCode: "1234567890", documentNumber: "A123456789" });
    expect(householdNumberSchema.parse(" ａｂ１２３４ ")).toBe("AB1234");
    expect(residentSerialSchema.parse("ｘｙ１２３４５６")).toBe("XY123456");
  });
});
