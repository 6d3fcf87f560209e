import type { NextConfig } from "next";
import { BASE_HEADERS } from "./lib/http/security-headers";

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
  // Defence in depth for every page (lib/http/security-headers.ts says what each is for).
  async headers() {
    return [{ source: "/:path*", headers: [...BASE_HEADERS] }];
  },
};

export default nextConfig;
