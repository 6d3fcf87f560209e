/**
 * The stand-in telecom operator's subscriber register: who holds which number, and how. Static
 * on purpose (the demo and the tests must agree on it); the owners are the demo people of
 * lib/seed/demo.ts, looked up by name so an ID number is written in one place only.
 *
 * Every I5 failure has its own number, all held by 陳志豪 so that the pair (his ID, that number)
 * matches and the operator reports the one thing wrong with it.
 */
import { DEMO_PEOPLE } from "@/lib/seed/demo";
import type { Plan } from "./telecom";

export type Subscriber = {
  msisdn: string;
  /** The ID number the number is registered to (for a company number: its designated user). */
  holderIdNumber: string;
  plan: Plan;
  company: boolean;
  reportedLost: boolean;
  terminated: boolean;
  /** What the demo phone's SIM picker says about this SIM (not sent by the operator). */
  note: { "zh-TW": string; en: string };
};

function idOf(name: string): string {
  const person = DEMO_PEOPLE.find((p) => p.name === name);
  if (!person) throw new Error(`standin-subscribers: no demo person named ${name}`);
  return person.idNumber;
}

const OK = { plan: "MONTHLY", company: false, reportedLost: false, terminated: false } as const;

export const SUBSCRIBERS: readonly Subscriber[] = [
  // Own numbers on a monthly plan: each demo person's contact phone. I5 succeeds (for nationals).
  { msisdn: "0912345678", holderIdNumber: idOf("王小明"), ...OK, note: { "zh-TW": "王小明的本人月租門號", en: "Wang Xiaoming's own monthly number" } },
  { msisdn: "0922334455", holderIdNumber: idOf("林美玲"), ...OK, note: { "zh-TW": "林美玲的本人月租門號", en: "Lin Meiling's own monthly number" } },
  { msisdn: "0933579246", holderIdNumber: idOf("陳志豪"), ...OK, note: { "zh-TW": "陳志豪的本人月租門號", en: "Chen Zhihao's own monthly number" } },
  { msisdn: "0928642097", holderIdNumber: idOf("李秀英"), ...OK, note: { "zh-TW": "李秀英的本人月租門號", en: "Li Xiuying's own monthly number" } },
  { msisdn: "0912000229", holderIdNumber: idOf("黃閏年"), ...OK, note: { "zh-TW": "黃閏年的本人月租門號", en: "Huang Runnian's own monthly number" } },
  { msisdn: "0912468013", holderIdNumber: idOf("張小華"), ...OK, note: { "zh-TW": "張小華的本人月租門號", en: "Zhang Xiaohua's own monthly number" } },
  // Foreign residents' own monthly numbers: the operator would confirm them, but I5 is for
  // nationals only (I8), so the check stops at FOREIGNER_NOT_ALLOWED before asking.
  { msisdn: "0998765432", holderIdNumber: idOf("NGUYEN THI LAN"), ...OK, note: { "zh-TW": "NGUYEN THI LAN 的本人月租門號（外籍）", en: "Nguyen Thi Lan's own monthly number (foreign resident)" } },
  { msisdn: "0970246813", holderIdNumber: idOf("JOHN SMITH"), ...OK, note: { "zh-TW": "JOHN SMITH 的本人月租門號（外籍）", en: "John Smith's own monthly number (foreign resident)" } },

  // Failure numbers, all 陳志豪's, one condition each:
  // a prepaid SIM in his own name → PHONE_PREPAID
  { msisdn: "0955000001", holderIdNumber: idOf("陳志豪"), ...OK, plan: "PREPAID", note: { "zh-TW": "陳志豪的預付卡", en: "Chen Zhihao's prepaid SIM" } },
  // his employer's number, registered to the company with him as the designated user → PHONE_COMPANY_NUMBER
  { msisdn: "0955000002", holderIdNumber: idOf("陳志豪"), ...OK, company: true, note: { "zh-TW": "陳志豪的公司門號（公務機）", en: "Chen Zhihao's company phone" } },
  // his own monthly number, reported lost (the SIM was in a stolen phone) → PHONE_REPORTED_LOST
  { msisdn: "0955000003", holderIdNumber: idOf("陳志豪"), ...OK, reportedLost: true, note: { "zh-TW": "陳志豪已掛失的門號", en: "Chen Zhihao's number reported lost" } },
  // his former number, terminated (退租) → PHONE_TERMINATED
  { msisdn: "0955000004", holderIdNumber: idOf("陳志豪"), ...OK, terminated: true, note: { "zh-TW": "陳志豪已退租的門號", en: "Chen Zhihao's terminated number" } },
  // a monthly number registered to someone else (李秀英, his mother-in-law, on a family plan): with
  // any other ID the pair does not match → PHONE_NOT_OWN_NUMBER, without saying whose it is
  { msisdn: "0955000005", holderIdNumber: idOf("李秀英"), ...OK, note: { "zh-TW": "家人名下的門號（李秀英）", en: "A family member's number (Li Xiuying's)" } },
];

export function findSubscriber(msisdn: string): Subscriber | undefined {
  return SUBSCRIBERS.find((s) => s.msisdn === msisdn);
}
