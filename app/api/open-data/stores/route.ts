import { route } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { openResponse, openSupplyDemand } from "@/lib/open-data/supply-demand";

export const dynamic = "force-dynamic";

const NO_ROUND = new AppError("NO_ROUND", "NOT_FOUND", { "zh-TW": "目前沒有輪次。", en: "No round at present." });

/** Issue 10 item 8: public, cacheable (Cache-Control, ETag → 304) per-store supply and demand, JSON. */
export const GET = route(async (req) => {
  const data = await openSupplyDemand();
  if (!data) throw NO_ROUND;
  return openResponse(JSON.stringify(data), "application/json; charset=utf-8", req.headers.get("if-none-match"));
});
