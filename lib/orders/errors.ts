import { AppError } from "@/lib/errors";
import type { Day } from "@/lib/rules";

/** The order lifecycle's refusals: a stable code and a message in both languages. */
export const orderErrors = {
  roundNotFound: () =>
    new AppError("ROUND_NOT_FOUND", "NOT_FOUND", { "zh-TW": "找不到這一輪預購。", en: "This round does not exist." }),
  unknownStore: () =>
    new AppError("UNKNOWN_STORE", "NOT_FOUND", { "zh-TW": "找不到這家門市，請重新選擇。", en: "Unknown store: please choose again." }),
  supplyZero: () =>
    new AppError("SUPPLY_ZERO", "CONFLICT", {
      "zh-TW": "這家門市本輪沒有配量，請選擇其他門市。",
      en: "This store has no masks in this round: please choose another store.",
    }),
  windowNotOpen: (opensOn: Day) =>
    new AppError(
      "WINDOW_NOT_OPEN",
      "CONFLICT",
      { "zh-TW": `預購尚未開始，${opensOn} 上午 9 時開放。`, en: `Pre-order has not opened yet: it opens on ${opensOn} at 09:00.` },
      { opensOn },
    ),
  windowClosed: (closedOn: Day) =>
    new AppError(
      "WINDOW_CLOSED",
      "CONFLICT",
      { "zh-TW": `本輪預購已於 ${closedOn} 截止。`, en: `Pre-order for this round closed on ${closedOn}.` },
      { closedOn },
    ),
  notAdult: (adultAge: number) =>
    new AppError(
      "NOT_ADULT",
      "FORBIDDEN",
      {
        "zh-TW": `網路預購僅限成人口罩，未滿 ${adultAge} 歲者不能預購（O1）。`,
        en: `Online pre-order sells adult masks only: people under ${adultAge} cannot order (O1).`,
      },
      { adultAge },
    ),
  alreadyOrdered: (orderId: string) =>
    new AppError(
      "ALREADY_ORDERED",
      "CONFLICT",
      { "zh-TW": "您在本輪已經預購過了，每人每輪限一筆。", en: "You have already ordered in this round: one order per person per round." },
      { orderId },
    ),
  personNotFound: () =>
    new AppError("PERSON_NOT_FOUND", "UNAUTHENTICATED", { "zh-TW": "請重新驗證身分。", en: "Please verify your identity again." }),
};
