import { describe, expect, it } from "vitest";
import { getMessages, messages } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/locale";

/** Every leaf path ("home.timeline.order.when") with the kind of value found there. */
function leaves(value: unknown, path = ""): string[] {
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, path ? `${path}.${key}` : key));
  }
  return [`${path}:${typeof value}`];
}

describe("dictionaries", () => {
  const zh = leaves(messages["zh-TW"]).sort();
  const en = leaves(messages.en).sort();

  it("have the same keys, at every depth, with the same kinds of value", () => {
    // Types already enforce this; the test also catches casts and `as any` slipping through.
    expect(en).toEqual(zh);
    expect(zh.length).toBeGreaterThan(40);
  });

  it.each(LOCALES)("%s has no empty text", (locale) => {
    const empty = leaves(messages[locale]).filter((leaf) => {
      const value = leaf.split(":")[0]!.split(".").reduce<unknown>(
        (node, key) => (node as Record<string, unknown>)[key],
        messages[locale],
      );
      return typeof value === "string" && value.trim() === "";
    });
    expect(empty).toEqual([]);
  });

  it("are really translated: zh-TW is Chinese, en has no CJK characters", () => {
    const cjk = /[\u4e00-\u9fff]/;
    expect(messages["zh-TW"].home.heading).toMatch(cjk);
    expect(messages.en.home.heading).not.toMatch(cjk);
    expect(JSON.stringify(messages.en)).not.toMatch(cjk);
  });

  it("getMessages picks the dictionary of the locale", () => {
    expect(getMessages("en")).toBe(messages.en);
    expect(getMessages("zh-TW")).toBe(messages["zh-TW"]);
    expect(getMessages("en").shell.productName).toBe("Real-name mask pre-order 2.0");
    expect(getMessages("zh-TW").shell.productName).toBe("口罩實名制 2.0 網路預購");
  });

  it("interpolates the values it is given", () => {
    const when = getMessages("zh-TW").home.timeline.pickup.when("A", "B");
    expect(when).toBe("A 至 B");
    expect(getMessages("en").home.timeline.pickup.when("A", "B")).toBe("A to B");
  });
});
