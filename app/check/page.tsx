import { headers } from "next/headers";
import { getLocale } from "@/lib/i18n/get-locale";
import { defineMessages } from "@/lib/i18n/define";
import { checkNotice } from "@/lib/notices/check-notice";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { queryText } from "@/lib/http/page-params";

export const dynamic = "force-dynamic";

const texts = defineMessages({
  "zh-TW": {
    title: "這則簡訊是真的嗎？",
    lead: "口罩預購的每則簡訊最後都有 8 碼驗證碼。輸入驗證碼，即可確認簡訊是否由本系統發出。本系統不會要求您提供密碼或信用卡號碼。",
    label: "簡訊驗證碼（8 碼）",
    submit: "查詢",
    real: "這則簡訊確實由口罩預購系統發出。",
    fake: "查無此驗證碼：這則簡訊不是本系統發出的，請勿依簡訊內容付款或提供資料。",
    kind: "簡訊種類", to: "收件門號", at: "發送時間",
    kinds: { PAYMENT: "繳費通知", NOT_SELECTED: "未中籤通知", PICKUP_CODE: "取貨通知", PAYMENT_REMINDER: "繳費提醒", PICKUP_STARTS: "開始取貨提醒", PICKUP_ENDS_SOON: "取貨截止提醒", EMAIL_CONFIRMATION: "電子郵件確認", PHONE_REBOUND: "手機門號重新認證通知" },
  },
  en: {
    title: "Is this message real?",
    lead: "Every SMS of the mask pre-order ends with an 8-character check code. Enter it to see whether we sent the message. We never ask for passwords or card numbers.",
    label: "Check code (8 characters)",
    submit: "Check",
    real: "This message was sent by the mask pre-order system.",
    fake: "Unknown check code: we did not send this message. Do not pay or reply to it.",
    kind: "Kind", to: "Sent to", at: "Sent at",
    kinds: { PAYMENT: "Payment notice", NOT_SELECTED: "Not drawn", PICKUP_CODE: "Pickup code", PAYMENT_REMINDER: "Payment reminder", PICKUP_STARTS: "Pickup starts", PICKUP_ENDS_SOON: "Pickup ends soon", EMAIL_CONFIRMATION: "E-mail confirmation", PHONE_REBOUND: "Phone re-verified" },
  },
});

export default async function CheckPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  const [locale, query, h] = await Promise.all([getLocale(), searchParams, headers()]);
  const code = queryText(query.code, 100); // a repeated or NUL-carrying ?code= is no code (issue 7 item 4)
  const t = texts[locale];
  const client = clientAddress(h);
  let result: Awaited<ReturnType<typeof checkNotice>> | "limited" | undefined;
  if (code) {
    try {
      result = await checkNotice(code, client);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      result = "limited";
    }
  }
  const field = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3 font-mono text-lg uppercase focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700";
  return (
    <div className="mx-auto max-w-xl space-y-5 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.lead}</p>
      <form method="get" className="space-y-3">
        <label className="block font-semibold">{t.label}<input name="code" defaultValue={code ?? ""} maxLength={16} autoComplete="off" className={field} /></label>
        <button type="submit" className="min-h-11 rounded-md bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t.submit}</button>
      </form>
      {result === null && <p role="alert" aria-label={t.fake} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{t.fake}</p>}
      {result === "limited" && <p role="alert" aria-label="rate limited" className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{locale === "en" ? "Too many checks: try again later." : "查詢次數過多，請稍後再試。"}</p>}
      {result && result !== "limited" && (
        <div className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900" data-testid="notice-real">
          <p className="font-semibold">{t.real}</p>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4">
            <dt>{t.kind}</dt><dd>{t.kinds[result.kind]}</dd>
            <dt>{t.to}</dt><dd>{result.recipient}</dd>
            <dt>{t.at}</dt><dd>{result.sentAt.toISOString().slice(0, 16).replace("T", " ")} UTC</dd>
          </dl>
        </div>
      )}
    </div>
  );
}
