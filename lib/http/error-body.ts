import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locale";

/**
 * One error model for every route: AppError → its status; zod → 422 with field paths; anything
 * else → 500 with a generic message and a log line (never a stack trace to the client). Framework
 * free, so that Next's handlers (./respond.ts) and the intake fast path (./fast-intake.ts) answer
 * alike.
 */
export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]>; details?: Record<string, unknown> } };

export function errorBody(error: unknown, locale: Locale = "zh-TW"): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return { status: error.status, body: { error: { code: error.code, message: error.text[locale], ...(error.details ? { details: error.details } : {}) } } };
  }
  if (error instanceof z.ZodError) {
    const fields = z.flattenError(error).fieldErrors as Record<string, string[]>;
    const message = locale === "en" ? "Some fields are not valid." : "部分欄位格式不正確。";
    return { status: 422, body: { error: { code: "VALIDATION", message, fields } } };
  }
  // Safety net for input a schema let through but PostgreSQL cannot hold (a NUL byte: 22021; a
  // malformed uuid/number in a query: 22P02): the client's fault, so 422 — never 500.
  if (isUnstorableInput(error)) {
    const message = locale === "en" ? "Some fields are not valid." : "部分欄位格式不正確。";
    return { status: 422, body: { error: { code: "VALIDATION", message } } };
  }
  console.error("[api] unexpected error", error);
  const message = locale === "en" ? "Something went wrong on our side. Please try again." : "系統發生錯誤，請稍後再試。";
  return { status: 500, body: { error: { code: "INTERNAL", message } } };
}

function isUnstorableInput(error: unknown): boolean {
  const text = error instanceof Error ? error.message : "";
  return /\b(22021|22P02)\b|invalid byte sequence for encoding|invalid input syntax for type uuid/.test(text);
}
