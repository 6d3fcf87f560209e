import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/respond";

// One error model: { error: { code, message } } with a status from the code's kind; never a stack trace.
describe("errorResponse", () => {
  const closed = new AppError("WINDOW_CLOSED", "CONFLICT", { "zh-TW": "預購已截止。", en: "Pre-order has closed." }, { reopensOn: "2020-03-26" });

  it("maps an AppError to its status, code and message in the caller's language", async () => {
    const res = errorResponse(closed, "en");
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: "WINDOW_CLOSED", message: "Pre-order has closed.", details: { reopensOn: "2020-03-26" } } });
    expect((await errorResponse(closed).json()).error.message).toBe("預購已截止。");
  });

  it("maps a zod error to 422 with the failing field paths", async () => {
    const parsed = z.object({ storeId: z.uuid() }).safeParse({ storeId: "nope" });
    const res = errorResponse(parsed.error, "en");
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.fields)).toEqual(["storeId"]);
  });

  it("hides anything unexpected behind a generic 500 (no message, no stack)", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = errorResponse(new Error("password=hunter2 at db.ts:12"), "en");
    expect(res.status).toBe(500);
    const text = JSON.stringify(await res.json());
    expect(text).toContain('"code":"INTERNAL"');
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("db.ts");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
