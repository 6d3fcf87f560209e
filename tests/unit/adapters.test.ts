import { beforeAll, describe, expect, it, vi } from "vitest";
import { nhiaCardAuthService } from "@/lib/identity/nhi-card/nhia-card-auth";
import { httpSmsGateway } from "@/lib/notices/sms-adapter";
import { httpMailTransport } from "@/lib/mail/transport";
import { renderSecrets } from "@/lib/notices/secrets";

// The real adapters (issue 7 item 3, D51) as thin HTTP clients: what they send, and that an outage
// is an error — never a "valid" card or a message counted as sent. The outside party is a recorded
// fetch: it is what we do not own.
type Call = { url: string; init: RequestInit };
function party(status: number, body: unknown = {}) {
  const calls: Call[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

beforeAll(() => {
  vi.stubEnv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none");
  vi.stubEnv("NODE_ENV", "test");
});

describe("real adapters (issue 7 item 3)", () => {
  it("issue 7 item 3: the NHIA adapter asks the service with its token and believes only an explicit verdict", async () => {
    const yes = party(200, { valid: true });
    const response = "a".repeat(64);
    expect(await nhiaCardAuthService("https://nhia.test/v", "t".repeat(20), yes.fetchImpl).verifyResponse("000012345678", "n1", response)).toBe(true);
    expect(yes.calls[0]!.url).toBe("https://nhia.test/v");
    expect(new Headers(yes.calls[0]!.init.headers).get("authorization")).toBe(`Bearer ${"t".repeat(20)}`);
    expect(JSON.parse(String(yes.calls[0]!.init.body))).toEqual({ cardNumber: "000012345678", nonce: "n1", response });
    await expect(nhiaCardAuthService("https://nhia.test/v", "t", party(503).fetchImpl).verifyResponse("000012345678", "n", response)).rejects.toThrow(/503/);
    await expect(nhiaCardAuthService("https://nhia.test/v", "t", party(200, { ok: 1 }).fetchImpl).verifyResponse("000012345678", "n", response)).rejects.toThrow(/verdict/);
  });

  it("issue 7 item 3: the SMS and mail adapters post with an idempotency key, throw on failure, and mail links become absolute", async () => {
    const sms = party(202);
    await httpSmsGateway("https://sms.test/send", "s".repeat(16), sms.fetchImpl).send({ noticeId: "n-1", to: "0912345678", body: "hi" });
    expect(new Headers(sms.calls[0]!.init.headers).get("idempotency-key")).toBe("n-1");
    expect(JSON.parse(String(sms.calls[0]!.init.body))).toEqual({ to: "0912345678", text: "hi", reference: "n-1" });
    await expect(httpSmsGateway("https://sms.test/send", "s", party(500).fetchImpl).send({ noticeId: "n", to: "0", body: "" })).rejects.toThrow(/500/);

    const mail = party(200);
    await httpMailTransport("https://mail.test/send", "m".repeat(16), "https://emask.example/", mail.fetchImpl)
      .send({ id: "m-1", to: "a@b.test", subject: "S", text: "Open:\n/verify/card/confirm?token=abc\nthanks", checkCode: "123" });
    expect(JSON.parse(String(mail.calls[0]!.init.body)).text).toBe("Open:\nhttps://emask.example/verify/card/confirm?token=abc\nthanks");
  });
});

describe("issue 7 item 6: outbox placeholders", () => {
  it("issue 7 item 6: a placeholder is filled only with what the notice names; an unknown one stops the send", () => {
    expect(renderSecrets("code {{pickup-code}}.", { orderId: "0190f0e0-0000-7000-8000-000000000001" })).toMatch(/^code \d{10}\.$/);
    expect(renderSecrets("{{email-confirmation:abcDEF}}", { orderId: null })).toMatch(/^[\w-]{43}$/);
    expect(() => renderSecrets("{{pickup-code}}", { orderId: null })).toThrow(/cannot be filled/);
    expect(() => renderSecrets("{{other}}", { orderId: "x" })).toThrow(/cannot be filled/);
    expect(renderSecrets("no placeholders here", { orderId: null })).toBe("no placeholders here");
  });
});
