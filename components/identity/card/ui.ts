/** Shared Tailwind classes of the identity forms (phone-first, 44 px targets, visible focus). */
export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700 aria-invalid:border-4 aria-invalid:border-red-700";
export const primaryButton =
  "min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
export const secondaryButton =
  "min-h-11 rounded-md border border-slate-500 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
export const labelClass = "block font-semibold";
export const hintClass = "mt-1 block text-sm font-normal text-slate-700";
