import type { chooserTexts } from "@/lib/identity/chooser/texts";

type T = (typeof chooserTexts)["zh-TW"];

/** The seed's Q&A (身分認證篇), as native disclosure widgets: keyboard and screen-reader ready. */
export function ChooserFaq({ t }: { t: T }) {
  return (
    <div className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
      {t.faq.map((item) => (
        <details key={item.q} className="group p-4">
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700">
            {item.q}
          </summary>
          {item.a.map((p) => (
            <p key={p} className="mt-2 text-slate-800">
              {p}
            </p>
          ))}
        </details>
      ))}
    </div>
  );
}
