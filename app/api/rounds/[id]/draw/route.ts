import { z } from "zod";
import { AppError } from "@/lib/errors";
import { json, route } from "@/lib/http/route";
import { exportDraw } from "@/lib/rounds/draw-export";
import { recordId } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/** Public: a round's draw export (R2), to recompute with `npm run draw:verify`. */
export const GET = route<{ params: Promise<{ id: string }> }>(async (_req, { params }) => {
  const id = recordId().parse((await params).id);
  const data = await exportDraw(id);
  if (!data) {
    throw new AppError("DRAW_NOT_PUBLISHED", "NOT_FOUND", { "zh-TW": "這一輪尚未抽籤。", en: "This round has not been drawn yet." });
  }
  return json(data);
});
