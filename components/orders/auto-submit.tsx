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
    const submit = () => {
      const town = form.elements.namedItem("town");
      if (town instanceof HTMLSelectElement) town.value = "";
      form.requestSubmit();
    };
    const onChange = (e: Event) => {
      const target = e.target as HTMLSelectElement;
      if (target.name === "chain" || target.name === "county") submit();
    };
    form.addEventListener("change", onChange);
    // A choice made while the page was still loading (before this listener existed) counts too:
    // on a slow phone people pick a county before the script runs. `data-initial` is what the
    // server rendered, so an untouched page never submits itself.
    const changedEarly = ["chain", "county"].some((name) => {
      const select = form.elements.namedItem(name);
      return select instanceof HTMLSelectElement && select.dataset.initial !== undefined && select.value !== select.dataset.initial;
    });
    if (changedEarly) submit();
    return () => form.removeEventListener("change", onChange);
  }, []);
  return <span ref={ref} hidden />;
}
