import { z } from "zod";
import { recordId, text } from "@/lib/validation/fields";

/** Issue 10 item 7: the admin's staff-account forms. */
export const STAFF_ROLES = ["COUNTER", "CLERK", "ADMIN", "AUDITOR"] as const;

const storeCode = text().trim().max(16).optional().transform((v) => (v ? v : undefined));

export const createStaffInput = z.object({
  username: text().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/),
  displayName: text().trim().min(1).max(100),
  role: z.enum(STAFF_ROLES),
  /** A clerk works at one store (the database refuses a clerk without one). */
  storeCode,
});
export type CreateStaffInput = Omit<z.infer<typeof createStaffInput>, "storeCode"> & { storeCode?: string };

export const staffIdInput = z.object({ staffId: recordId() });

export const changeRoleInput = z.object({ staffId: recordId(), role: z.enum(STAFF_ROLES), storeCode });
export type ChangeRoleInput = Omit<z.infer<typeof changeRoleInput>, "storeCode"> & { storeCode?: string };
