import { describe, expect, it } from "vitest";
import { isIntakeRequest } from "@/lib/http/fast-intake";
import { parseCookieHeader, sessionTokenOf } from "@/lib/auth/session-cookie";
import { assertSameOrigin } from "@/lib/http/same-origin";

// D84: what the fast path takes from Next, and what it leaves to it.
describe("the order-intake fast path's routing", () => {
  it("takes exactly POST /api/orders (with or without a query string) and leaves everything else to Next", () => {
    expect(isIntakeRequest("POST", "/api/orders")).toBe(true);
    expect(isIntakeRequest("POST", "/api/orders?x=1")).toBe(true);
    for (const [method, url] of [["GET", "/api/orders"], ["HEAD", "/api/orders"], ["POST", "/api/orders/"], ["POST", "/api/orders/x"],
      ["POST", "/API/orders"], ["POST", "/api/ordersx"], ["POST", "/order"], [undefined, "/api/orders"], ["POST", undefined]] as const) {
      expect(isIntakeRequest(method, url), `${method} ${url}`).toBe(false);
    }
  });
});

describe("reading the session cookie without Next", () => {
  it("finds the token whole, or joins next-auth's chunks in order, preferring the __Secure- name", () => {
    expect(sessionTokenOf(parseCookieHeader("a=1; next-auth.session-token=tok; emask-lang=en"))).toBe("tok");
    expect(sessionTokenOf(parseCookieHeader("next-auth.session-token.1=BB; next-auth.session-token.0=AA"))).toBe("AABB");
    expect(sessionTokenOf(parseCookieHeader("next-auth.session-token=plain; __Secure-next-auth.session-token=secure"))).toBe("secure");
    expect(sessionTokenOf(parseCookieHeader(null))).toBeUndefined();
  });

  it("never throws on a malformed header", () => {
    expect(parseCookieHeader("=; ;x; y=%E0%A4%A; z=\"q\"")).toEqual([{ name: "y", value: "%E0%A4%A" }, { name: "z", value: "q" }]);
  });
});

describe("the same-origin check, shared by Next's handlers and the fast path", () => {
  const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;
  it("refuses a cross-site browser request and a foreign or unreadable Origin; lets same-origin and non-browser callers through", () => {
    expect(() => assertSameOrigin(headers({ "sec-fetch-site": "cross-site" }))).toThrow(expect.objectContaining({ code: "CROSS_SITE" }));
    expect(() => assertSameOrigin(headers({ origin: "https://evil.example", host: "emask.tw" }))).toThrow(expect.objectContaining({ code: "CROSS_SITE" }));
    expect(() => assertSameOrigin(headers({ origin: "not a url", host: "emask.tw" }))).toThrow(expect.objectContaining({ code: "CROSS_SITE" }));
    expect(() => assertSameOrigin(headers({ origin: "https://emask.tw", host: "emask.tw" }))).not.toThrow();
    expect(() => assertSameOrigin(headers({}))).not.toThrow();
  });
});
