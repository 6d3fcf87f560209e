"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * "Near me": asks the browser for the position; the finder then lists the nearest stores by
 * distance. Geolocation needs JavaScript, so until the page is live the button is hidden and a line
 * says so (issue 9 item 7) instead of showing a button that does nothing.
 */
export function NearMeButton({ label, failed, working, noJs }: { label: string; failed: string; working: string; noJs: string }) {
  const router = useRouter();
  const [state, setState] = useState<"static" | "idle" | "working" | "failed">("static");
  useEffect(() => setState("idle"), []);
  function locate() {
    if (!("geolocation" in navigator)) return setState("failed");
    setState("working");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const chain = new URLSearchParams(window.location.search).get("chain");
        router.push(`/order?near=${pos.coords.latitude.toFixed(3)},${pos.coords.longitude.toFixed(3)}${chain ? `&chain=${encodeURIComponent(chain)}` : ""}`);
      },
      () => setState("failed"),
      { timeout: 10_000, maximumAge: 600_000 },
    );
  }
  if (state === "static") return <p className="text-sm text-slate-700" data-testid="near-me-no-js">{noJs}</p>;
  return (
    <div className="space-y-1">
      <button type="button" onClick={locate} disabled={state === "working"} className="min-h-11 rounded-md border border-blue-700 bg-white px-4 font-semibold text-blue-800 hover:bg-blue-50 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700">
        {state === "working" ? working : label}
      </button>
      {state === "failed" && <p role="alert" aria-label={failed} className="text-red-800">{failed}</p>}
    </div>
  );
}
