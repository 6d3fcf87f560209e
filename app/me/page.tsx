import Link from "next/link";
import { citizenPage } from "@/lib/auth/guard";
import { authTexts } from "@/lib/auth/texts";
import { getLocale } from "@/lib/i18n/get-locale";
import { db } from "@/lib/db/client";
import { maskIdNumber, maskName } from "@/lib/people/mask";
import { deviceTexts } from "@/lib/identity/device/texts";

export const dynamic = "force-dynamic";

export default async function MyAccountPage() {
  const [principal, locale] = await Promise.all([citizenPage("/me"), getLocale()]);
  const t = authTexts[locale];
  const person = await db().person.findUnique({
    where: { id: principal.personId },
    select: { name: true, idNumber: true },
  });
  const rows: [string, string][] = [
    [t.me.name, person ? maskName(person.name) : "—"],
    [t.me.idNumber, person ? maskIdNumber(person.idNumber) : "—"],
    [t.me.verifiedBy, t.me.methods[principal.method]],
    [t.me.channel, t.me.channels[principal.channel]],
  ];
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.me.title}</h1>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white" data-testid="my-account">
        {rows.map(([k, v]) => (
          <div key={k} className="flex flex-col gap-1 p-4 sm:flex-row sm:gap-4">
            <dt className="font-semibold sm:w-40">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {principal.method === "NHI_CARD" && (
        <a href="/me/device" className="inline-flex min-h-11 items-center font-semibold text-blue-700 underline">{deviceTexts[locale].meLink}</a>
      )}
      <nav aria-label={t.me.title} className="flex flex-wrap gap-3">
        <Link href="/order" className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t.me.order}</Link>
        <Link href="/orders" className="inline-flex min-h-11 items-center rounded-md border border-blue-700 bg-white px-4 font-semibold text-blue-800 hover:bg-blue-50 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">{t.me.orders}</Link>
      </nav>
    </div>
  );
}
