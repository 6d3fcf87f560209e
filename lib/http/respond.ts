import "server-only";
import { NextResponse } from "next/server";
import type { Locale } from "@/lib/i18n/locale";
import { errorBody, type ErrorBody } from "./error-body";

export type { ErrorBody } from "./error-body";

/** The error model of ./error-body.ts as a Next response. */
export function errorResponse(error: unknown, locale: Locale = "zh-TW"): NextResponse<ErrorBody> {
  const { status, body } = errorBody(error, locale);
  return NextResponse.json(body, { status });
}
