import type { NextConfig } from "next";

// pg and the Prisma client are already treated as server externals by Next 16.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() / unauthorized() (lib/auth/action-guard.ts): a server action posted by the wrong
  // person answers 403 / 401, not 500 (issue 7 item 4).
  // serverActions.bodySizeLimit: a stores CSV of thousands of rows is posted to a server action
  // (issue 10 item 2); the 1 MB default would refuse a national list.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "5mb" } },
  // Lets two builds (say, two developers' e2e runs on one machine) keep apart: NEXT_DIST_DIR=.next-b.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Defence in depth for every page: no framing (clickjacking of the order and payment forms), no
  // MIME sniffing, no full URLs (with their query strings) leaked to other sites.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
        ],
      },
    ];
  },
};

export default nextConfig;
