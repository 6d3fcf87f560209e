import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { standinDir } from "@/lib/identity/standins/dir";

export type MailboxMessage = { id: string; to: string; subject: string; text: string; sentAt: Date; checkCode: string };

/**
 * The demo mailbox (stand-in only): what the stand-in mail server delivered to one address, newest
 * first. Read from the delivered .eml files, not the outbox: the outbox keeps no text once a mail
 * is sent (D58), as a real deployment's database would not.
 */
export function sentMailTo(address: string, take = 20, databaseUrl?: string): MailboxMessage[] {
  const wanted = address.trim().toLowerCase();
  const dir = standinDir("mail", databaseUrl);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => ({ file: path.join(dir, f), mtime: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)
    .map(({ file, mtime }) => parseEml(readFileSync(file, "utf8"), new Date(mtime)))
    .filter((m) => m.to.toLowerCase() === wanted)
    .slice(0, take);
}

function parseEml(raw: string, sentAt: Date): MailboxMessage {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).split("\r\n");
  const header = (name: string) => head.find((h) => h.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim() ?? "";
  const subject = header("Subject").replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, "base64").toString("utf8"));
  return {
    id: /<([^@>]+)@/.exec(header("Message-ID"))?.[1] ?? "",
    to: header("To").replace(/^<|>$/g, ""),
    subject,
    text: raw.slice(split + 4).replace(/\r\n/g, "\n").trim(),
    sentAt,
    checkCode: header("X-Emask-Check-Code"),
  };
}
