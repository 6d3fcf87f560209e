import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { atmTransferAction } from "@/app/standins/actions";

export const dynamic = "force-dynamic";

/** Demo stand-in for an ATM transfer to an order's virtual account. */
export default async function AtmPage({ searchParams }: { searchParams: Promise<{ account?: string; error?: string; done?: string }> }) {
  if (!env().local) notFound();
  const { account, error, done } = await searchParams;
  const field = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3 font-mono text-lg";
  return (
    <div className="mx-auto max-w-md space-y-5 px-4 py-8">
      <p className="rounded-md bg-amber-100 p-2 text-sm text-amber-900">示範用模擬 ATM Demo ATM (stand-in)</p>
      <h1 className="text-2xl font-bold">ATM 轉帳 Transfer</h1>
      {done && <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">轉帳成功 Transfer done</p>}
      {error && <p role="alert" aria-label={error} className="rounded-md border border-red-700 bg-red-50 p-3 text-red-800">{error}</p>}
      <form action={atmTransferAction} className="space-y-3">
        <label className="block font-semibold">轉入帳號（含銀行代碼）Account (with bank code)
          <input name="account" defaultValue={account ?? ""} inputMode="numeric" className={field} />
        </label>
        <label className="block font-semibold">金額 Amount (NT$)
          <input name="amount" defaultValue="22" inputMode="numeric" className={field} />
        </label>
        <button className="min-h-11 w-full rounded-md bg-green-800 px-4 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-green-800">轉帳 Transfer</button>
      </form>
    </div>
  );
}
