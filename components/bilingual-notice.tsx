/**
 * A message shown in both languages at once, for pages that may not know the visitor's choice
 * (the error boundary runs in the browser and cannot read the httpOnly language cookie). When the
 * choice is known (`first`), that language leads and carries the page's <h1>.
 * Each half carries its own `lang`, so screen readers switch voice. No "use client": it renders
 * on the server for not-found and in the browser for error, depending on who imports it.
 */
import type { ReactNode } from "react";

type Text = { title: string; body: string };

type Props = { zh: Text; en: Text; actions: ReactNode; first?: "zh" | "en" };

export function BilingualNotice({ zh, en, actions, first = "zh" }: Props) {
  const halves = [
    { lang: "zh-Hant-TW", text: zh },
    { lang: "en", text: en },
  ];
  if (first === "en") halves.reverse();
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-12">
      {halves.map(({ lang, text }, i) => (
        <div key={lang} lang={lang}>
          {i === 0 ? (
            <h1 className="text-2xl font-bold">{text.title}</h1>
          ) : (
            <h2 className="text-xl font-bold">{text.title}</h2>
          )}
          <p className="mt-2 text-slate-700">{text.body}</p>
        </div>
      ))}
      <div className="flex flex-col gap-3 sm:flex-row">{actions}</div>
    </div>
  );
}

/** Shared look of the buttons/links under a notice (44px+ tap targets). */
export const noticeActionClass =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-lg px-6 font-bold";

/** Both languages inside one control: "回首頁 · Back to home". */
export function BilingualLabel({ zh, en }: { zh: string; en: string }) {
  return (
    <>
      <span lang="zh-Hant-TW">{zh}</span>
      <span aria-hidden="true">·</span>
      <span lang="en">{en}</span>
    </>
  );
}
