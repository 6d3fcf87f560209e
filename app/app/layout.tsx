/**
 * The phone app's frame: /app/** stands for the NHI mobile app (健保快易通 | 健康存摺), as a
 * phone-first web app inside the site (same language cookie, same header and help line).
 * It gives the browser its device id on the first visit (see EnsureDeviceId for why a client
 * component does it).
 */
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { EnsureDeviceId } from "@/components/identity/app/ensure-device-id";
import { appTexts } from "@/lib/identity/app-login/texts";
import { DEVICE_COOKIE, DEVICE_ID_PATTERN } from "@/lib/identity/device-cookie";
import { getLocale } from "@/lib/i18n/get-locale";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const [locale, store] = await Promise.all([getLocale(), cookies()]);
  const t = appTexts[locale];
  const hasDeviceId = DEVICE_ID_PATTERN.test(store.get(DEVICE_COOKIE)?.value ?? "");
  return (
    <div className="mx-auto w-full max-w-md px-3 py-4 sm:py-8">
      <div className="overflow-hidden rounded-2xl border border-slate-300 bg-white shadow-sm">
        <div className="bg-teal-800 px-4 py-3 text-white" data-testid="app-bar">
          <p className="font-bold">{t.appName}</p>
          <p className="text-sm text-teal-50">{t.appNote}</p>
        </div>
        <div className="space-y-5 p-4">{children}</div>
      </div>
      {!hasDeviceId && <EnsureDeviceId />}
    </div>
  );
}
