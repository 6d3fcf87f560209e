import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/respond";
import { now } from "@/lib/clock";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for the load balancer and the demo script. No data returned. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true, time: now().toISOString() });
  } catch (e) {
    console.error("[health] database unreachable", e);
    return errorResponse(
      new AppError("DATABASE_UNAVAILABLE", "UNAVAILABLE", { "zh-TW": "資料庫暫時無法連線。", en: "The database is unreachable." }),
    );
  }
}
