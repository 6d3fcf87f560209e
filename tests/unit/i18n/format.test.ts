import { describe, expect, it } from "vitest";
import { formatDay, formatMoney, formatTaipeiTime } from "@/lib/i18n/format";

describe("formatDay", () => {
  it("writes a zh-TW day with month, day and weekday in full-width brackets", () => {
    const text = formatDay("2020-03-12", "zh-TW");
    expect(text).toContain("3月12日");
    expect(text).toContain("（四）");
    expect(text).toBe("3月12日（四）");
  });

  it("writes an English day as weekday, day, month", () => {
    expect(formatDay("2020-03-12", "en")).toBe("Thu 12 Mar");
  });

  it.each([
    ["2020-03-26", "3月26日（四）", "Thu 26 Mar"],
    ["2020-04-01", "4月1日（三）", "Wed 1 Apr"],
    ["2020-03-22", "3月22日（日）", "Sun 22 Mar"],
    ["2020-02-29", "2月29日（六）", "Sat 29 Feb"],
    ["2021-01-01", "1月1日（五）", "Fri 1 Jan"],
    ["2020-12-31", "12月31日（四）", "Thu 31 Dec"],
  ])("%s → %s / %s", (day, zh, en) => {
    expect(formatDay(day, "zh-TW")).toBe(zh);
    expect(formatDay(day, "en")).toBe(en);
  });

  it("does not depend on the process time zone", () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"]) {
        process.env.TZ = tz;
        expect(formatDay("2020-03-12", "en")).toBe("Thu 12 Mar");
      }
    } finally {
      process.env.TZ = saved;
    }
  });

  it.each(["2020-02-30", "2020-3-12", "", "12/03/2020"])("rejects %j", (day) => {
    expect(() => formatDay(day, "zh-TW")).toThrow(RangeError);
  });
});

describe("formatMoney", () => {
  it("writes NTD as 元 in Chinese and NT$ in English", () => {
    expect(formatMoney(22, "zh-TW")).toBe("22 元");
    expect(formatMoney(22, "en")).toBe("NT$22");
    expect(formatMoney(0, "en")).toBe("NT$0");
    expect(formatMoney(1500, "zh-TW")).toBe("1,500 元");
  });

  it("refuses amounts that are not whole dollars", () => {
    expect(() => formatMoney(2.5, "en")).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, "zh-TW")).toThrow(RangeError);
  });
});

describe("formatTaipeiTime", () => {
  it("shows an instant as Taipei wall-clock time (UTC+8)", () => {
    expect(formatTaipeiTime("2020-03-12T01:00:00.000Z")).toBe("09:00");
    expect(formatTaipeiTime("2020-03-11T16:00:00.000Z")).toBe("00:00");
    expect(formatTaipeiTime("2020-03-12T15:59:00Z")).toBe("23:59");
    expect(formatTaipeiTime("1969-12-31T16:30:00Z")).toBe("00:30");
  });

  it("rejects something that is not an instant", () => {
    expect(() => formatTaipeiTime("nine o'clock")).toThrow(RangeError);
  });
});
