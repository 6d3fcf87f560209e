/**
 * The NHI-card forms' own checks, run in the browser before the card is asked to sign anything
 * (issue 9 item 2): which fields are empty, a password outside 6–12 printable characters (I3), or a
 * confirmation that differs. The server's schemas (./schemas.ts) stay the authority; this only spares
 * a person a round trip and names the fields in the form's order. Pure, and free of zod so the card
 * page stays light.
 */
import { PASSWORD_CHARACTERS, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/rules/card-password";

export type CardFormMode = "login" | "register" | "reset";
export type CardFormKind = "national" | "resident";

/** The fields of each form, in the order they appear (the summary lists problems in this order). */
export function cardFormFields(mode: CardFormMode, kind: CardFormKind): string[] {
  if (mode === "login") return ["password"];
  const proof = kind === "national" ? ["householdNumber"] : mode === "register" ? ["residentCertIssuedOn", "residentCertExpiresOn", "residentCertSerial"] : ["residentCertSerial"];
  const contact = mode === "register" ? ["address", "phone", "email"] : [];
  return [...proof, ...contact, "password", "passwordConfirm"];
}

/** The names of the fields with a problem, in form order. */
export function cardFormProblems(mode: CardFormMode, kind: CardFormKind, form: Record<string, string | undefined>): string[] {
  const value = (f: string) => (form[f] ?? "").trim();
  return cardFormFields(mode, kind).filter((f) => {
    if (!value(f)) return true;
    if (mode === "login") return false; // the password is checked against its hash only
    if (f === "password") return (form.password ?? "").length < PASSWORD_MIN || (form.password ?? "").length > PASSWORD_MAX || !PASSWORD_CHARACTERS.test(form.password ?? "");
    if (f === "passwordConfirm") return form.passwordConfirm !== form.password;
    return false;
  });
}

/** Field names flagged by the server's 422 (`error.fields`, keys possibly dotted), kept to this form's fields, in form order. */
export function flaggedFields(fields: Record<string, string[]> | undefined, order: string[]): string[] {
  const flagged = new Set(Object.keys(fields ?? {}).map((k) => k.split(".").pop() ?? k));
  return order.filter((f) => flagged.has(f));
}
