import { route } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { attachment } from "@/lib/exports/csv";
import { openDataCsv, openResponse, openSupplyDemand } from "@/lib/open-data/supply-demand";

export const dynamic = "force-dynamic";

const NO_ROUND = new AppError("NO_ROUND", "NOT_FOUND", { "zh-TW": "目前沒有輪次。", en: "No round at present." });

/** Issue 10 item 8: the same open data as CSV (UTF-8 with BOM), cacheable like the JSON. */
export const GET = route(async (req) => {
  const data = await openSupplyDemand();
  if (!data) throw NO_ROUND;
  return openResponse(openDataCsv(data), "text/csv; charset=utf-8", req.headers.get("if-none-match"), { "content-disposition": attachment(`emask-open-data-${data.round.name}.csv`) });
});
