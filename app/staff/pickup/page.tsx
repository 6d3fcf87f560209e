import { ownEntry } from "@/lib/http/page-params";
import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { defineMessages } from "@/lib/i18n/define";
import { formatDay } from "@/lib/i18n/format";
import { isDay } from "@/lib/rules";
import { handOverAction } from "./actions";

export const dynamic = "force-dynamic";

const texts = defineMessages({
  "zh-TW": {
    title: "門市取貨",
    lead: "請輸入取貨碼（或掃描 QR code），並查驗訂購人本人的證件（代領者需出示訂購人的證件）。",
    code: "取貨碼（10 碼）", docType: "證件種類", docNumber: "證件號碼",
    docs: { ID_CARD: "身分證", NHI_CARD: "健保卡", DRIVERS_LICENSE: "駕照" },
    proxy: "由他人代領（持訂購人證件）", submit: "確認交貨",
    done: "已交貨，請將 3 片成人口罩交給取貨人。",
    errors: {
      UNKNOWN_CODE: "查無此取貨碼。", WRONG_STORE: "此訂單不在本門市取貨。", NOT_READY: "此訂單尚未付款，不能取貨。",
      ALREADY_PICKED_UP: "此訂單已經取貨。", TOO_EARLY: "還不能取貨。", TOO_LATE: "取貨期限已過，視為放棄。",
      WRONG_DOCUMENT: "證件不符：須為訂購人本人的證件。", VALIDATION: "請確認取貨碼為 10 碼數字、證件號碼正確。",
      RATE_LIMITED: "嘗試次數過多，請稍後再試。", UNKNOWN: "系統忙碌中，請稍後再試。",
    },
    from: (d: string) => `此訂單自 ${d} 起可以取貨。`,
  },
  en: {
    title: "Store pickup",
    lead: "Enter the pickup code (or scan its QR code) and check the orderer's own document (a proxy shows the orderer's).",
    code: "Pickup code (10 digits)", docType: "Document", docNumber: "Document number",
    docs: { ID_CARD: "ID card", NHI_CARD: "NHI card", DRIVERS_LICENSE: "Driver's licence" },
    proxy: "Picked up by someone else (with the orderer's document)", submit: "Hand over",
    done: "Handed over: give the 3 adult masks to the person.",
    errors: {
      UNKNOWN_CODE: "Unknown pickup code.", WRONG_STORE: "This order is not for this store.", NOT_READY: "Not paid: cannot be handed over.",
      ALREADY_PICKED_UP: "Already picked up.", TOO_EARLY: "Too early to pick up.", TOO_LATE: "The pickup window has ended: forfeited.",
      WRONG_DOCUMENT: "Document does not match: it must be the orderer's own.", VALIDATION: "Check the 10-digit code and the document number.",
      RATE_LIMITED: "Too many attempts: try again later.", UNKNOWN: "The system is busy. Please try again.",
    },
    from: (d: string) => `This order can be picked up from ${d}.`,
  },
});

export default async function PickupPage({ searchParams }: { searchParams: Promise<{ done?: string; error?: string; from?: string }> }) {
  const [, locale, search] = await Promise.all([staffPage("/staff/pickup", "CLERK"), getLocale(), searchParams]);
  const t = texts[locale];
  const error = search.error ? ownEntry(t.errors, search.error) ?? t.errors.UNKNOWN : null;
  const message = error && search.from && isDay(search.from) ? `${error} ${t.from(formatDay(search.from, locale))}` : error;
  const field = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-lg focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";
  return (
    <div className="mx-auto max-w-xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.lead}</p>
      {search.done && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.done}</p>}
      {message && <p role="alert" aria-label={message} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{message}</p>}
      <form action={handOverAction} className="space-y-4">
        <label className="block font-semibold">{t.code}<input name="pickupCode" inputMode="numeric" autoComplete="off" required className={`${field} font-mono tracking-widest`} /></label>
        <label className="block font-semibold">{t.docType}
          <select name="documentType" className={field}>{(["ID_CARD", "NHI_CARD", "DRIVERS_LICENSE"] as const).map((d) => <option key={d} value={d}>{t.docs[d]}</option>)}</select>
        </label>
        <label className="block font-semibold">{t.docNumber}<input name="documentNumber" autoComplete="off" required className={`${field} font-mono uppercase`} /></label>
        <label className="flex min-h-11 items-center gap-3"><input type="checkbox" name="byProxy" className="h-5 w-5 accent-blue-700" />{t.proxy}</label>
        <button type="submit" className="min-h-11 w-full rounded-md bg-blue-700 px-4 text-lg font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t.submit}</button>
      </form>
    </div>
  );
}
