import { describe, expect, it } from "vitest";
import { isStorableText, recordId, text } from "@/lib/validation/fields";
import { storeQuery } from "@/lib/stores/schemas";
import { loginSchema } from "@/lib/identity/nhi-card/schemas";
import { queryText } from "@/lib/http/page-params";

describe("shared field helpers", () => {
  it("issue 7 item 4: text() refuses a NUL byte and unpaired surrogates, keeps any other unicode", () => {
    expect(text().safeParse("台北市\u0000").success).toBe(false);
    expect(text().safeParse("\uD800").success).toBe(false);
    expect(text().safeParse("a\uDC00b").success).toBe(false);
    expect(text().safeParse("口罩 😷 café").success).toBe(true);
    expect(isStorableText("😷")).toBe(true);
  });

  it("issue 7 item 4: recordId() accepts only a uuid", () => {
    expect(recordId().safeParse("abc").success).toBe(false);
    expect(recordId().safeParse("0196f3a0-7c1e-7000-8000-000000000000").success).toBe(true);
  });

  it("issue 7 item 4: the schemas use them — /api/stores?q=%00 and a NUL password are validation errors", () => {
    expect(storeQuery.safeParse({ q: "\u0000" }).success).toBe(false);
    expect(storeQuery.safeParse({ roundId: "abc" }).success).toBe(false);
    expect(loginSchema.safeParse({ password: "pw\u0000" }).success).toBe(false);
  });

  it("issue 7 item 4: page query parameters — arrays, NUL, huge values read as absent", () => {
    expect(queryText(["a", "b"])).toBeUndefined();
    expect(queryText("x\u0000")).toBeUndefined();
    expect(queryText("x".repeat(201))).toBeUndefined();
    expect(queryText("  jobs ")).toBe("jobs");
  });
});
