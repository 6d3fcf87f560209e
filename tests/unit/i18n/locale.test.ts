import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, HTML_LANG, LOCALES, parseLocale } from "@/lib/i18n/locale";

describe("parseLocale", () => {
  it("keeps each supported locale", () => {
    expect(parseLocale("zh-TW")).toBe("zh-TW");
    expect(parseLocale("en")).toBe("en");
  });

  it("defaults to zh-TW for a missing cookie", () => {
    expect(DEFAULT_LOCALE).toBe("zh-TW");
    expect(parseLocale(undefined)).toBe("zh-TW");
  });

  it.each(["", "EN", "en-US", "zh", "zh-tw", "fr", " en", "en ", "toString", "__proto__"])(
    "falls back to zh-TW for %j (no case folding, no prefix matching)",
    (value) => {
      expect(parseLocale(value)).toBe("zh-TW");
    },
  );
});

describe("locale tables", () => {
  it("lists exactly the two languages, default first", () => {
    expect([...LOCALES]).toEqual(["zh-TW", "en"]);
  });

  it("tags Chinese as Traditional script for <html lang>", () => {
    expect(HTML_LANG["zh-TW"]).toBe("zh-Hant-TW");
    expect(HTML_LANG.en).toBe("en");
  });
});
