/**
 * 404 in both languages, the visitor's own first, with a way back home. Says nothing about the
 * request itself.
 */
import Link from "next/link";
import { BilingualLabel, BilingualNotice, noticeActionClass } from "@/components/bilingual-notice";
import { getLocale } from "@/lib/i18n/get-locale";
import { messages } from "@/lib/i18n/messages";

export default async function NotFound() {
  const first = (await getLocale()) === "en" ? "en" : "zh";
  const zh = messages["zh-TW"].notFound;
  const en = messages.en.notFound;
  return (
    <BilingualNotice
      zh={zh}
      en={en}
      first={first}
      actions={
        <Link href="/" className={`${noticeActionClass} bg-blue-700 text-white hover:bg-blue-800`}>
          <BilingualLabel zh={zh.home} en={en.home} />
        </Link>
      }
    />
  );
}
