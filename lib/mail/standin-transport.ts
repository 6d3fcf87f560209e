import { writeFileSync } from "node:fs";
import path from "node:path";
import { standinDir } from "@/lib/identity/standins/dir";
import type { MailTransport } from "./transport";

/**
 * Stand-in mail server: "delivers" by writing an RFC 5322-style text file per message to
 * .data/standins/<db>/mail/ (readable with any mail client that opens .eml). The demo reads the
 * same messages from the outbox at /dev/mailbox.
 */
export function standinMailTransport(databaseUrl?: string): MailTransport {
  return {
    async send(mail) {
      const headers = [
        `Message-ID: <${mail.id}@emask.local>`,
        `From: =?UTF-8?B?${Buffer.from("口罩實名制 2.0").toString("base64")}?= <no-reply@emask.local>`,
        `To: <${mail.to}>`,
        `Subject: =?UTF-8?B?${Buffer.from(mail.subject).toString("base64")}?=`,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        `X-Emask-Check-Code: ${mail.checkCode}`,
      ];
      const file = path.join(standinDir("mail", databaseUrl), `${mail.id}.eml`);
      writeFileSync(file, `${headers.join("\r\n")}\r\n\r\n${mail.text.replace(/\r?\n/g, "\r\n")}\r\n`, { mode: 0o600 });
    },
  };
}
