import { z } from "zod";
import { recordId, text } from "@/lib/validation/fields";
import { CHAIN_CODES } from "./store-csv";

/** Issue 10 item 2: the supply forms. Packs are whole packs of 3 masks, at most a million. */
const packs = z.coerce.number().int().min(0).max(1_000_000);

export const storeSupplyInput = z.object({ roundId: recordId(), storeCode: text().trim().toUpperCase().min(1).max(16), packs });
export const chainSupplyInput = z.object({ roundId: recordId(), chainId: z.enum(CHAIN_CODES), packs });
