import { citizenPage } from "@/lib/auth/guard";
import { getLocale } from "@/lib/i18n/get-locale";
import { getMessages } from "@/lib/i18n/messages";
import { deviceTexts } from "@/lib/identity/device/texts";
import { DeviceCodePanel } from "@/components/identity/device/device-code-panel";
import { generateDeviceCodeAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: deviceTexts[await getLocale()].generate.title };
}

/** I6 step 1 on the computer, after an NHI-card login: generate a device code for the phone. */
export default async function DeviceCodePage() {
  const [principal, locale] = await Promise.all([citizenPage("/me/device"), getLocale()]);
  const t = deviceTexts[locale].generate;
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.lead}</p>
      <ol className="list-decimal space-y-1 rounded-lg border border-blue-200 bg-blue-50 p-4 pl-8">
        {t.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {principal.method === "NHI_CARD" ? (
        <DeviceCodePanel t={t} help={getMessages(locale).shell} helpIntro={deviceTexts[locale].bind.helpIntro} generate={generateDeviceCodeAction} />
      ) : (
        <div className="space-y-3">
          <p role="alert" aria-label={t.needCard} className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
            {t.needCard}
          </p>
          <a href="/verify/card?next=%2Fme%2Fdevice" className="inline-flex min-h-11 items-center rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
            {t.loginWithCard}
          </a>
        </div>
      )}
    </div>
  );
}
