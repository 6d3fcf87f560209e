import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/respond";

type Ctx = { params: Promise<{ nextauth: string[] }> };

const BAD_AUTH_REQUEST = new AppError("BAD_AUTH_REQUEST", "BAD_REQUEST", {
  "zh-TW": "登入請求的格式不正確。",
  en: "The sign-in request is malformed.",
});

// next-auth v4's handler reads `params` synchronously; Next 16 passes them as a promise.
// next-auth throws on malformed requests it cannot parse (e.g. a body that is neither a form nor
// JSON): the client's fault, so 400 like any other route's bad input — never 500 (issue 7 item 4).
async function handler(req: Request, ctx: Ctx) {
  try {
    const params = await ctx.params;
    return await NextAuth(authOptions())(req, { params });
  } catch (e) {
    console.warn("[auth] malformed request refused:", e instanceof Error ? e.message : e);
    return errorResponse(BAD_AUTH_REQUEST);
  }
}

export { handler as GET, handler as POST };
