import { beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { PRODUCTION_ENV } from "../../../support/production-env";

// A real deployment (not local): the stand-in signing component does not exist (404) and the
// server has no trust store to fall back on (it refuses, it does not trust all).
beforeAll(() => {
  for (const [key, value] of Object.entries(PRODUCTION_ENV)) vi.stubEnv(key, value);
  vi.stubEnv("EMASK_CERTIFICATE_ADAPTER", "off");
  vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
});

describe("I4 stand-ins outside local use", () => {
  it("I4: the stand-in signer's endpoints answer 404 outside local use", async () => {
    const cards = await import("@/app/api/standins/moica-signer/cards/route");
    const sign = await import("@/app/api/standins/moica-signer/sign/route");
    const reset = await import("@/app/api/standins/moica-signer/reset/route");
    const res1 = await cards.GET(new NextRequest("http://localhost/api/standins/moica-signer/cards"), {});
    expect(res1.status).toBe(404);
    const body = JSON.stringify({ card: "TP03000000000001", pin: "123456", nonce: "n" });
    for (const handler of [sign.POST, reset.POST]) {
      const res = await handler(new NextRequest("http://localhost/x", { method: "POST", body, headers: { "content-type": "application/json" } }), {});
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it("I4: with the certificate adapter off the server refuses certificates (CERT_SERVICE_UNAVAILABLE), never trusts them", async () => {
    const { defaultTrustStore } = await import("@/lib/identity/certificate/trust-store");
    await expect(defaultTrustStore().load(new Date())).rejects.toMatchObject({ code: "CERT_SERVICE_UNAVAILABLE", status: 503 });
  });
});
