import { db } from "@/lib/db/client";

/** The demo mailbox (stand-in only): e-mails delivered to one address, newest first. */
export async function sentMailTo(address: string, take = 20) {
  const rows = await db().notice.findMany({
    where: { channel: "EMAIL", status: "SENT", recipient: address.trim().toLowerCase() },
    orderBy: { sentAt: "desc" },
    take,
    select: { id: true, body: true, sentAt: true, checkCode: true },
  });
  return rows.map((r) => {
    const [subject = "", ...rest] = r.body.split("\n");
    return { id: r.id, subject, text: rest.join("\n").trim(), sentAt: r.sentAt!, checkCode: r.checkCode };
  });
}
