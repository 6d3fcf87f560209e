"use client";
import { useEffect } from "react";

/**
 * Gives this browser ("the phone") its device id on its first visit to the app. Next 16 sets
 * cookies only in route handlers, server actions and the proxy — not while rendering a layout —
 * so the app layout renders this only when the cookie is missing, and it asks the route handler
 * once. The id itself stays in an httpOnly cookie: no script ever sees it.
 */
export function EnsureDeviceId() {
  useEffect(() => {
    void fetch("/api/app/device-id", { method: "POST" }).catch(() => {
      // Offline or refused: the next app page tries again.
    });
  }, []);
  return null;
}
