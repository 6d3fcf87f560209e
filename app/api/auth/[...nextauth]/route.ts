import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// next-auth v4's handler reads `params` synchronously; Next 16 passes them as a promise.
async function handler(req: Request, ctx: Ctx) {
  const params = await ctx.params;
  return NextAuth(authOptions())(req, { params });
}

export { handler as GET, handler as POST };
