"use client";
import { useEffect, useRef } from "react";

/**
 * Progressive enhancement for the store finder: a change of chain or county submits the form at
 * once (dropping the town, which belongs to the old county), so the next picker fills in without
 * pressing "filter". Without JavaScript nothing changes: the person presses the button.
 */
export function AutoSubmit() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const onChange = (e: Event) => {
      const target = e.target as HTMLSelectElement;
      if (target.name !== "chain" && target.name !== "county") return;
      const town = form.elements.namedItem("town");
      if (town instanceof HTMLSelectElement) town.value = "";
      form.requestSubmit();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, []);
  return <span ref={ref} hidden />;
}
