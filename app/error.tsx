"use client";
/**
 * Error boundary for the pages (the root layout still renders around it, so the header and
 * help line stay). Friendly text in both languages; never the error's message or stack, which
 * could leak internals — it is logged to the console for developers, with its digest in production.
 */
import Link from "next/link";
import { useEffect } from "react";
import { BilingualLabel, BilingualNotice, noticeActionClass } from "@/components/bilingual-notice";
import { en as enMessages } from "@/lib/i18n/dictionaries/en";
import { zhTW } from "@/lib/i18n/dictionaries/zh-TW";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const zh = zhTW.error;
  const en = enMessages.error;
  return (
    <BilingualNotice
      zh={zh}
      en={en}
      actions={
        <>
          <button
            type="button"
            onClick={() => retry()}
            className={`${noticeActionClass} bg-blue-700 text-white hover:bg-blue-800`}
          >
            <BilingualLabel zh={zh.retry} en={en.retry} />
          </button>
          <Link href="/" className={`${noticeActionClass} border-2 border-blue-700 bg-white text-blue-700`}>
            <BilingualLabel zh={zh.home} en={en.home} />
          </Link>
        </>
      }
    />
  );
}
