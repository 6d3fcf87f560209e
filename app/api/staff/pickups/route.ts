import { requireStaff } from "@/lib/auth/guard";
import { json, parseBody, route } from "@/lib/http/route";
import { handOverInput } from "@/lib/pickups/schemas";
import { handOver } from "@/lib/pickups/hand-over";

export const dynamic = "force-dynamic";

/** A store clerk records a hand-over (R4). Only clerks, only for their own store. */
export const POST = route(async (req) => {
  const clerk = await requireStaff("CLERK");
  const input = await parseBody(req, handOverInput);
  return json(await handOver(clerk, input), 201);
});
