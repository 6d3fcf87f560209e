import type { NextConfig } from "next";

// Kept deliberately small: pg and the Prisma client are already treated as server externals by Next 16.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets two builds (say, two developers' e2e runs on one machine) keep apart: NEXT_DIST_DIR=.next-b.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
