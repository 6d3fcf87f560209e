import { describe, expect, it } from "vitest";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";

const headers = (socket: string | null, xff?: string) => {
  const h = new Headers();
  if (socket !== null) h.set(SOCKET_ADDRESS_HEADER, socket);
  if (xff !== undefined) h.set("x-forwarded-for", xff);
  return h;
};
const none = { trustedProxies: [], socketHeader: true };
const behindProxy = { trustedProxies: ["10.0.0.2", "10.0.0.3"], socketHeader: true };

describe("issue 7 item 2: the client address comes from the socket and trusted proxies only", () => {
  it("issue 7 item 2: with no trusted proxy (the default), X-Forwarded-For is ignored: the socket address counts", () => {
    expect(clientAddress(headers("203.0.113.5", "198.51.100.1"), none)).toBe("203.0.113.5");
    expect(clientAddress(headers("203.0.113.5", "1.1.1.1, 2.2.2.2"), none)).toBe("203.0.113.5");
  });

  it("issue 7 item 2: behind trusted proxies, the right-most hop that is not a trusted proxy is the client", () => {
    expect(clientAddress(headers("10.0.0.2", "198.51.100.9"), behindProxy)).toBe("198.51.100.9");
    // The client prepended a fake hop: it is left of the real one and never read.
    expect(clientAddress(headers("10.0.0.2", "6.6.6.6, 198.51.100.9"), behindProxy)).toBe("198.51.100.9");
    // Two proxies in a row: skip both.
    expect(clientAddress(headers("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.3"), behindProxy)).toBe("198.51.100.9");
    // Garbage where a proxy would have written an address: the proxy itself is the answer.
    expect(clientAddress(headers("10.0.0.2", "198.51.100.9, not-an-ip"), behindProxy)).toBe("10.0.0.2");
    // Only trusted hops (the proxy's own health check).
    expect(clientAddress(headers("10.0.0.2", "10.0.0.3"), behindProxy)).toBe("10.0.0.2");
  });

  it("issue 7 item 2: a request straight from an untrusted peer cannot name another client", () => {
    expect(clientAddress(headers("198.51.100.4", "10.0.0.2"), behindProxy)).toBe("198.51.100.4");
  });

  it("IPv4-mapped IPv6 socket addresses are read as IPv4", () => {
    expect(clientAddress(headers("::ffff:127.0.0.1"), none)).toBe("127.0.0.1");
    expect(clientAddress(headers("::ffff:10.0.0.2", "198.51.100.9"), behindProxy)).toBe("198.51.100.9");
  });

  it("issue 7 item 2: without the server script the socket header is not believed (a client could send it)", () => {
    const off = { trustedProxies: [], socketHeader: false };
    expect(clientAddress(headers("203.0.113.5", "198.51.100.1"), off)).toBe("unknown");
    expect(clientAddress(headers(null, "198.51.100.1"), none)).toBe("unknown");
    expect(clientAddress(headers("garbage"), none)).toBe("unknown");
  });
});
