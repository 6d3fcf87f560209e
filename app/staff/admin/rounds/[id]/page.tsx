import { notFound } from "next/navigation";
import { staffPage } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";
import { getLocale } from "@/lib/i18n/get-locale";
import { recordId } from "@/lib/validation/fields";
import { roundConsoleTexts, roundFormTexts } from "@/lib/rounds/console-texts";
import { draftOf } from "@/lib/rounds/save-round";
import { ROUND_FIELDS, opensAt } from "@/lib/rounds/round-rules";
import { consoleTexts } from "@/lib/staff/console-texts";
import { RoundForm } from "@/components/admin/round-form";
import { updateRoundAction } from "../actions";

export const dynamic = "force-dynamic";

/** Issue 10 item 1: edit a round; its draw commitment is shown, never editable. */
export default async function EditRoundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  const [principal, locale, search] = await Promise.all([staffPage(`/staff/admin/rounds`, "ADMIN", "AUDITOR"), getLocale(), searchParams]);
  if (!recordId().safeParse(id).success) notFound();
  const row = await db().round.findUnique({ where: { id } });
  if (!row) notFound();
  const t = roundConsoleTexts[locale];
  const draft = draftOf(row);
  const opened = opensAt(draft).getTime() <= now().getTime();
  const initial = Object.fromEntries(ROUND_FIELDS.map((f) => [f, String(draft[f])])) as Record<(typeof ROUND_FIELDS)[number], string>;
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold break-words">{t.editTitle(row.name)}</h1>
      {search.saved && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">{t.saved}</p>}
      {principal.role === "AUDITOR" && <p className="rounded-md border border-slate-400 bg-slate-100 p-3">{consoleTexts[locale].readOnly}</p>}
      {opened && <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">{t.opened}</p>}
      <div>
        <p className="font-semibold">{t.commitment}</p>
        <p className="font-mono text-sm break-all" data-testid="commitment">{row.drawCommitment ?? "—"}</p>
      </div>
      <RoundForm t={roundFormTexts(t)} summaryTitle={consoleTexts[locale].errorSummary} action={updateRoundAction} initial={initial} roundId={row.id}
        locked={opened ? ROUND_FIELDS.filter((f) => f !== "name") : []} readOnly={principal.role !== "ADMIN"} />
    </div>
  );
}
