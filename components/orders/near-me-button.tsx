"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** "Near me": asks the browser for the position and lets the server pick the nearest county. */
export function NearMeButton({ label, failed, working }: { label: string; failed: string; working: string }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "working" | "failed">("idle");
  function locate() {
    if (!("geolocation" in navigator)) return setState("failed");
    setState("working");
    navigator.geolocation.getCurrentPosition(
      (pos) => router.push(`/order?near=${pos.coords.latitude.toFixed(3)},${pos.coords.longitude.toFixed(3)}`),
      () => setState("failed"),
      { timeout: 10_000, maximumAge: 600_000 },
    );
  }
  return (
    <div className="space-y-1">
      <button type="button" onClick={locate} disabled={state === "working"} className="min-h-11 rounded-md border border-blue-700 bg-white px-4 font-semibold text-blue-800 hover:bg-blue-50 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
        {state === "working" ? working : label}
      </button>
      {state === "failed" && <p role="alert" aria-label={failed} className="text-red-800">{failed}</p>}
    </div>
  );
}
