import { staffPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { addDays, dayInTaipei } from "@/lib/rules";
import { now } from "@/lib/clock";
import { roundConsoleTexts, roundFormTexts } from "@/lib/rounds/console-texts";
import { consoleTexts } from "@/lib/staff/console-texts";
import { RoundForm } from "@/components/admin/round-form";
import { createRoundAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: roundConsoleTexts[await getLocale()].newTitle };
}

/** Issue 10 item 1: a new round, prefilled with the 2020 shape a week from today (O4 price, 7-day cycle). */
export default async function NewRoundPage() {
  const [principal, locale] = await Promise.all([staffPage("/staff/admin/rounds/new", "ADMIN", "AUDITOR"), getLocale()]);
  const t = roundConsoleTexts[locale];
  const opens = addDays(dayInTaipei(now()), 7);
  const initial = {
    name: "", product: "ADULT_MASK", masksPerOrder: "3", unitPrice: "5", fee: "7", adultAge: "12",
    orderOpensOn: opens, orderOpensTime: "09:00", orderClosesOn: addDays(opens, 6), resultsOn: addDays(opens, 7),
    paymentDeadline: addDays(opens, 13), pickupStart: addDays(opens, 14), pickupEnd: addDays(opens, 20),
  };
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.newTitle}</h1>
      {principal.role === "AUDITOR" && <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{consoleTexts[locale].readOnly}</p>}
      <p className="text-sm text-slate-700">{t.commitmentLater}</p>
      <RoundForm t={roundFormTexts(t)} summaryTitle={consoleTexts[locale].errorSummary} action={createRoundAction} initial={initial} locked={[]} readOnly={principal.role !== "ADMIN"} />
    </div>
  );
}
