import type { Way } from "./recommend";

/**
 * Where each way starts. The device code starts on a computer (step 1: NHI-card login, then the
 * code is created) and ends in the app (step 2, /app/device); the counter has no page for the
 * person — staff use /staff/counter — so it has no link.
 */
export const WAY_HREF: Record<Way, string | null> = {
  PHONE: "/app/phone",
  NHI_CARD: "/verify/card",
  CITIZEN_CERT: "/verify/certificate",
  DEVICE: "/app/device",
  COUNTER: null,
};

/** The device code's first step, on a computer. */
export const DEVICE_STEP1_HREF = "/verify/card";

/** The order the "every way" list shows them in. */
export const ALL_WAYS: Way[] = ["PHONE", "NHI_CARD", "CITIZEN_CERT", "DEVICE", "COUNTER"];
