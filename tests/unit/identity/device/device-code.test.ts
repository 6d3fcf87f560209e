import { describe, expect, it } from "vitest";
import { APP_PASSWORD_LENGTH, generateAppPassword as newAppPassword } from "@/lib/identity/app-login/app-password";
import { deviceBindUrl, qrDataUrl } from "@/lib/identity/device/qr";

describe("I6: device code pieces", () => {
  it("I6: the QR code encodes the app's bind URL with the code", () => {
    expect(deviceBindUrl("http://127.0.0.1:3000/", "01234567")).toBe("http://127.0.0.1:3000/app/device?code=01234567");
  });

  it("I6: the QR code is an SVG image (data URL) that differs with the code", async () => {
    const a = await qrDataUrl(deviceBindUrl("http://x.test", "01234567"));
    const b = await qrDataUrl(deviceBindUrl("http://x.test", "76543210"));
    expect(a.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const svg = Buffer.from(a.split(",")[1]!, "base64").toString("utf8");
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("<path");
    expect(a).not.toBe(b);
  });

  it("I6: app passwords are 10 characters without look-alikes (0/o, 1/i/l), and differ each time", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = newAppPassword();
      expect(p).toHaveLength(APP_PASSWORD_LENGTH);
      expect(p).toMatch(/^[a-hjkmnp-z2-9]+$/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
