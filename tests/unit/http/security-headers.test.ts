import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isLocalOnlyPath, newNonce } from "@/lib/http/security-headers";

describe("security headers (issue 7 items 3 and 6)", () => {
  it("issue 7 item 3: the stand-ins and demo inboxes are local-only paths; look-alikes are not", () => {
    for (const p of ["/dev/sms", "/dev/mailbox", "/dev", "/standins/atm", "/standins/gateway/x", "/api/standins/card-reader/sign", "/API/standins/telecom/subscriber-check"]) {
      expect(isLocalOnlyPath(p), p).toBe(true);
    }
    for (const p of ["/", "/developers", "/verify", "/api/stores", "/api/standings", "/standinsx", "/staff"]) {
      expect(isLocalOnlyPath(p), p).toBe(false);
    }
  });

  it("issue 7 item 6: the policy allows scripts and styles only with the nonce, never inline or eval in production", () => {
    const policy = contentSecurityPolicy("abc123", { development: false, local: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("style-src 'self' 'nonce-abc123'");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("issue 7 item 6: development adds eval (React's overlays); local use does not upgrade to https", () => {
    expect(contentSecurityPolicy("n", { development: true, local: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { development: false, local: true })).not.toContain("upgrade-insecure-requests");
  });

  it("issue 7 item 6: nonces are fresh and carry at least 128 bits", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64").length).toBeGreaterThanOrEqual(16);
    expect(newNonce()).not.toBe(a);
  });
});

describe("CSP violation reports (issue 7 item 6)", () => {
  it("issue 7 item 6: a browser's report is reduced to what is worth logging; junk, wrong shapes and huge bodies are 422", async () => {
    const { parseCspReport } = await import("@/lib/http/csp-report");
    const report = { "csp-report": { "document-uri": "http://x/staff/admin", "violated-directive": "style-src-attr", "effective-directive": "style-src-attr", "blocked-uri": "inline", "source-file": "http://x/_next/a.js", "line-number": 3 } };
    expect(parseCspReport(JSON.stringify(report))).toEqual({ document: "http://x/staff/admin", directive: "style-src-attr", blocked: "inline", source: "http://x/_next/a.js:3" });
    for (const bad of ["not json", "{}", JSON.stringify({ "csp-report": { "line-number": "x" } }), JSON.stringify({ "csp-report": { "blocked-uri": "a".repeat(20_000) } })]) {
      expect(() => parseCspReport(bad)).toThrow(expect.objectContaining({ code: "VALIDATION", status: 422 }));
    }
  });

  it("issue 7 item 6: the policy names the report endpoint", () => {
    expect(contentSecurityPolicy("n", { development: false, local: true })).toContain("report-uri /api/csp-report");
  });
});
