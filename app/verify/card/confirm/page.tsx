import { getLocale } from "@/lib/i18n/get-locale";
import { getMessages } from "@/lib/i18n/messages";
import { cardTexts } from "@/lib/identity/nhi-card/texts";
import { ConfirmEmailForm } from "@/components/identity/card/confirm-email-form";
import { confirmEmailAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: cardTexts[await getLocale()].confirm.title };
}

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [locale, { token }] = await Promise.all([getLocale(), searchParams]);
  const t = cardTexts[locale];
  return (
    <div className="mx-auto max-w-md space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.confirm.title}</h1>
      <ConfirmEmailForm t={t} help={getMessages(locale).shell} token={typeof token === "string" ? token : ""} confirm={confirmEmailAction} />
    </div>
  );
}
