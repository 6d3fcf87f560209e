/**
 * The one error type of the domain. Domain code throws `AppError(code, …)`; the HTTP layer maps
 * the code to a status (lib/http/respond.ts) and sends `{ error: { code, message } }`. Messages are
 * bilingual because they reach people: zh-TW first, English second.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const satisfies Record<string, number>;

export type ErrorKind = keyof typeof ERROR_STATUS;

export type Bilingual = { "zh-TW": string; en: string };

export class AppError extends Error {
  constructor(
    /** Stable, specific, machine-readable: "WINDOW_CLOSED", "NOT_ADULT", "BAD_SIGNATURE"… */
    readonly code: string,
    readonly kind: ErrorKind,
    readonly text: Bilingual,
    /** Extra fields safe to show the caller (e.g. the day a person may buy again). */
    readonly details?: Record<string, unknown>,
  ) {
    super(text.en);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.kind];
  }
}
