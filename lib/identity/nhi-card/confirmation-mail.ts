import type { Locale } from "@/lib/i18n/locale";
import { maskName } from "@/lib/people/mask";

/** I3: the e-mail whose link confirms the address given at registration (valid 24 hours). */
export const EMAIL_CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Site-relative link: the mail adapter that reaches real inboxes prefixes the site's public
 * address; the demo mailbox opens it on the site it is served from. Never built from a request's
 * Host header, which a caller could forge to send the link elsewhere. `token` is base64url (no
 * escaping needed) or, in the queued mail, the placeholder the outbox fills at send time (D58).
 */
export function confirmationPath(token: string): string {
  return `/verify/card/confirm?token=${token}`;
}

export function confirmationMail(locale: Locale, name: string, token: string): { subject: string; text: string } {
  const link = confirmationPath(token);
  if (locale === "en") {
    return {
      subject: "Confirm your e-mail for the NHI card online service",
      text: [
        `Dear ${maskName(name)},`,
        "",
        "You registered your NHI card for the online service. Open this link within 24 hours to confirm your e-mail address:",
        link,
        "",
        "The link works once. If you did not register, ignore this e-mail; help line 0800-030-598.",
      ].join("\n"),
    };
  }
  return {
    subject: "健保卡網路服務註冊：請確認您的電子郵件",
    text: [
      `${maskName(name)} 您好：`,
      "",
      "您已以健保卡註冊網路服務。請於 24 小時內開啟下列連結，確認您的電子郵件：",
      link,
      "",
      "連結僅能使用一次。若您未曾註冊，請忽略本信；諮詢專線 0800-030-598。",
    ].join("\n"),
  };
}
