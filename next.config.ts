import type { NextConfig } from "next";

// Kept deliberately small: pg and the Prisma client are already treated as server externals by Next 16.
const nextConfig: NextConfig = {
  poweredByHeader: false,
};

export default nextConfig;
