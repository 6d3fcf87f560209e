import { errorSummaryTexts } from "@/lib/orders/journey-texts";
import { getLocale } from "@/lib/i18n/get-locale";
import { getMessages } from "@/lib/i18n/messages";
import { deviceTexts } from "@/lib/identity/device/texts";
import { BindDeviceForm } from "@/components/identity/device/bind-device-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: deviceTexts[await getLocale()].bind.title };
}

/** I6 step 2 / I8, in the phone app: type the device code, or arrive from its QR code with it filled in. */
export default async function AppDevicePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const [locale, { code }] = await Promise.all([getLocale(), searchParams]);
  const t = deviceTexts[locale].bind;
  const prefilled = typeof code === "string" && /^\d{8}$/.test(code) ? code : "";
  return (
    // Inside the app frame (app/app/layout.tsx), which gives the width and padding.
    <div className="space-y-5">
      <h1 className="text-xl font-bold">{t.title}</h1>
      <p>{t.lead}</p>
      <ul className="list-disc space-y-1 rounded-lg border border-blue-200 bg-blue-50 p-4 pl-8">
        {t.conditions.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <BindDeviceForm t={t} help={getMessages(locale).shell} summary={errorSummaryTexts(locale)} code={prefilled} />
    </div>
  );
}
