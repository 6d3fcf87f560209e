/** English. Typed as `Messages`, so it cannot drift from the zh-TW shape (see ./zh-TW.ts). */
import type { Messages } from "./zh-TW";

export const en: Messages = {
  meta: {
    siteName: "Real-name mask pre-order 2.0",
    description:
      "Pre-order adult masks online: 3 masks every 7 days, picked up at a convenience store. See this round's order, payment and pickup dates.",
  },
  shell: {
    productName: "Real-name mask pre-order 2.0",
    skipToContent: "Skip to main content",
    languageSwitch: "Change language",
    helpHeading: "Trouble verifying or ordering?",
    helpIntro: "Call the NHIA help line and someone will help you:",
    noAreaCode: "(no area code)",
    fromMobile: "From a mobile:",
    source: "Rules from the NHIA Q&A on Real-name Masks 2.0, 11 March 2020.",
  },
  phase: {
    label: "Current stage:",
    upcoming: "Pre-order not open yet",
    ordering: "Pre-order is open",
    drawing: "Pre-order closed; draw in progress",
    payment: "Draw results out; payment period",
    "awaiting-pickup": "Payment closed; pickup soon",
    pickup: "Pickup period",
    ended: "This round has ended",
  },
  home: {
    heading: "Pre-order adult masks online",
    lead: "If you work or cannot queue at a pharmacy, pre-order adult masks online and pick them up at a convenience store.",
    cta: { start: "Start pre-order", verify: "How to verify" },
    timeline: {
      heading: "This round",
      status: { done: "Done", current: "Now", upcoming: "Upcoming" },
      order: {
        title: "Pre-order online",
        when: (opens: string, time: string, closes: string) =>
          `From ${opens}, ${time} to ${closes}`,
        detail: "Verify your identity, choose the store for pickup and place your pre-order.",
      },
      payment: {
        title: "Draw results and payment",
        when: (results: string, deadline: string) => `Results ${results}; pay by ${deadline}`,
        detail:
          "If you are drawn, an SMS tells you how to pay: online banking, credit card or ATM transfer (ATM only for orders made in the phone app). Unpaid orders lapse.",
      },
      pickup: {
        title: "Pick up at the store",
        when: (start: string, end: string) => `${start} to ${end}`,
        detail: (start: string) =>
          `The first pickup day, ${start}, starts the 7-day count. Not collected in time means forfeited.`,
      },
    },
    offer: {
      heading: "Each order",
      masks: (count: number) => `${count} adult masks`,
      goods: (count: number, unitPrice: string) => `${count} masks × ${unitPrice}`,
      fee: "Logistics and transfer fee",
      total: "Total",
      note: "Each order pays its own fee; orders cannot be combined.",
    },
    rules: {
      heading: "Good to know",
      noOddEven: {
        title: "No odd/even days",
        body: "Online pre-order does not follow the pharmacies' odd/even rule on the last digit of your ID number.",
      },
      sevenDays: {
        title: "Once every 7 days",
        body: "Pharmacy and online purchases share one record: one purchase (3 adult masks) every 7 days, no repeats.",
      },
      countFrom: {
        title: "Counted from the first pickup day",
        body: (start: string, next: string) =>
          `Whatever day you collect, an online order counts as bought on ${start}, the first pickup day; your next purchase is allowed from ${next}.`,
      },
      adultOnly: {
        title: "Adult masks only",
        body: "Online pre-order sells adult masks only: no children's masks, and a child's identity cannot buy adult masks.",
      },
      pickup: {
        title: "Pickup, also for others",
        body: "Pick up at 7-ELEVEN, FamilyMart, Hi-Life or OK mart with your ID card, NHI card or driver's licence. Someone else may collect for you with your document.",
      },
    },
    noRound: {
      heading: "No pre-order is scheduled",
      body: "The next round's dates will appear here. Meanwhile pharmacies keep selling, once every 7 days.",
    },
  },
  notFound: {
    title: "Page not found",
    body: "The address may be wrong, or the page has moved.",
    home: "Back to home",
  },
  error: {
    title: "Something went wrong",
    body: "Please try again in a moment. If it keeps happening, call the help line at the bottom of the page.",
    retry: "Try again",
    home: "Back to home",
  },
};
