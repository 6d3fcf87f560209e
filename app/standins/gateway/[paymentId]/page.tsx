import { notFound } from "next/navigation";
import { z } from "zod";
import { env } from "@/lib/env";
import { db } from "@/lib/db/client";
import { gatewayPayAction } from "@/app/standins/actions";
import { recordId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/** Demo stand-in for the payment gateway's page (online banking / credit card). */
export default async function GatewayPage({ params, searchParams }: { params: Promise<{ paymentId: string }>; searchParams: Promise<{ error?: string }> }) {
  if (!env().local) notFound();
  const id = recordId().safeParse((await params).paymentId);
  if (!id.success) notFound();
  const payment = await db().payment.findUnique({ where: { id: id.data }, select: { id: true, amount: true, method: true, status: true } });
  if (!payment) notFound();
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-5 px-4 py-8">
      <p className="rounded-md bg-amber-100 p-2 text-sm text-amber-900">示範用模擬金流 Demo payment gateway (stand-in)</p>
      <h1 className="text-2xl font-bold">{payment.method === "CREDIT_CARD" ? "信用卡付款 Card payment" : "網路銀行付款 Online banking"}</h1>
      <p className="text-lg">金額 Amount: NT${payment.amount}</p>
      {error && <p role="alert" aria-label={error} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{error}</p>}
      {payment.status === "PENDING" ? (
        <form action={gatewayPayAction}>
          <input type="hidden" name="paymentId" value={payment.id} />
          <button className="min-h-11 w-full rounded-md bg-green-800 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-green-800">確認付款 Pay NT${payment.amount}</button>
        </form>
      ) : (
        <p>此筆付款狀態 Status: {payment.status}</p>
      )}
    </div>
  );
}
