import { readFileSync } from "node:fs";
import path from "node:path";
import { standinDir } from "@/lib/identity/standins/dir";

export type InboxMessage = { noticeId: string; to: string; body: string; at: string };

/** What the stand-in SMS gateway delivered (newest first), optionally to one number. Demo and tests only. */
export function readSmsInbox(to?: string): InboxMessage[] {
  let text = "";
  try {
    text = readFileSync(path.join(standinDir("sms"), "inbox.jsonl"), "utf8");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as InboxMessage)
    .filter((m) => !to || m.to === to)
    .reverse();
}
