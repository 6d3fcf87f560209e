"use server";
/**
 * Remembers the visitor's language in a cookie. Used as a plain <form action>, so it works
 * before (or without) JavaScript: the browser posts the form, Next runs this action and renders
 * the page again, now reading the new cookie. With JavaScript the same happens in place.
 */
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";
import { formField } from "@/lib/http/form";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

// The value comes from the client; anything but a supported locale is ignored.
const SetLanguageInput = z.object({ lang: z.enum(LOCALES) });

export async function setLanguage(formData: FormData): Promise<void> {
  const parsed = SetLanguageInput.safeParse({ lang: formField(formData, "lang") });
  if (!parsed.success) return; // a tampered value: keep the current language, nothing to report
  const store = await cookies();
  // httpOnly: no client code reads it (the server renders the language). Not `secure`: it is
  // only a preference, and it must also stick on plain http://localhost in tests.
  store.set(LOCALE_COOKIE, parsed.data.lang, {
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
}
