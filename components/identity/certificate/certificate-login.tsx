"use client";
import { useEffect, useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { CertificateTexts } from "@/lib/identity/certificate/texts";
import { useTicketSignIn } from "@/components/auth/use-ticket-sign-in";
import { certificateApi, localSigner, type ReaderCard } from "./api";
import { ErrorAlert } from "@/components/identity/error-alert";
import { ErrorSummary, type FieldErrors } from "@/components/forms/error-summary";
import { FieldError, fieldErrorId, invalidProps } from "@/components/forms/field-error";
import { idNumberProblem, type IdProblem } from "@/lib/validation/id-field";

type SummaryTexts = { title: string; prefix: string; id: Record<IdProblem, string> };
type Props = { t: CertificateTexts; help: Messages["shell"]; summary: SummaryTexts; next: string | null };
type Problems = { id?: string; card?: string; pin?: string };

const input =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-base focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700 aria-invalid:border-4 aria-invalid:border-red-700";
const button =
  "min-h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white hover:bg-blue-800 disabled:opacity-60 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";
const hint = "mt-1 block text-sm font-normal text-slate-700";

/**
 * /verify/certificate: ID number → card → PIN; then challenge (server) → signature (local signing
 * component, which checks the PIN) → verification (server) → ticket → session → /me. What was typed
 * is checked first, the ID number before anything else is sent, and problems come back by the field
 * (issue 9 item 2); refusals from the server or the signer keep their alert with the help line (I10).
 */
export function CertificateLogin({ t, help, summary, next }: Props) {
  const signIn = useTicketSignIn();
  const [cards, setCards] = useState<ReaderCard[] | null>(null);
  const [idNumber, setIdNumber] = useState("");
  const [card, setCard] = useState("");
  const [pin, setPin] = useState("");
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void localSigner.cards(t.errors.readerUnavailable).then((r) => {
      if (r.ok) setCards(r.data.cards);
      else {
        setCards([]);
        setError(t.errors.readerUnavailable);
      }
    });
  }, [t.errors.readerUnavailable]);

  function fail(message: string) {
    setError(message);
    setStatus("");
    setBusy(false);
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const id = idNumber.normalize("NFKC").trim().toUpperCase();
    const idProblem = idNumberProblem(id);
    const found: Problems = {
      ...(idProblem ? { id: summary.id[idProblem] } : {}),
      ...(!card ? { card: t.errors.cardRequired } : {}),
      ...(!/^[0-9]{6,8}$/.test(pin.normalize("NFKC")) ? { pin: t.errors.pinFormat } : {}),
    };
    setProblems(found);
    setError(null);
    if (found.id || found.card || found.pin) return;
    setBusy(true);
    setError(null);
    setStatus(t.form.challenging);
    const offline = t.errors.network;
    const challenge = await certificateApi.challenge(id, offline);
    if (!challenge.ok) return fail(challenge.error.message);

    setStatus(t.form.signing);
    const signed = await localSigner.sign({ card, pin: pin.normalize("NFKC"), nonce: challenge.data.challenge }, t.errors.readerUnavailable);
    setPin(""); // never keep a PIN around longer than the signing needs it
    if (!signed.ok) return fail(signed.error.message);

    setStatus(t.form.verifying);
    const verified = await certificateApi.verify({ challenge: challenge.data.challenge, idNumber: id, signature: signed.data.signature }, offline);
    if (!verified.ok) return fail(verified.error.message);

    setStatus(t.form.signedIn);
    if (!(await signIn(verified.data.ticket, next ?? "/me"))) fail(t.errors.signInFailed);
  }

  return (
    <section aria-labelledby="login-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="login-heading" className="text-lg font-bold">{t.form.heading}</h2>
      {/* No JavaScript: posts to /no-js, never GET (issue 7 item 7) — the signer needs the script. */}
      <form onSubmit={onSubmit} method="post" action="/no-js?from=/verify/certificate" className="space-y-4" noValidate>
        <ErrorSummary title={summary.title} errors={summaryOf(problems, cards?.length ? "cert-card-0" : "cert-cards")} />
        <div>
          <label htmlFor="cert-id-number" className="block font-semibold">
            {t.form.idNumber}
          </label>
          <span id="cert-id-hint" className={hint}>{t.form.idHint}</span>
          <FieldError id="cert-id-number" message={problems.id} prefix={summary.prefix} />
          <input
            id="cert-id-number"
            {...invalidProps("cert-id-number", problems.id)}
            aria-describedby={problems.id ? `cert-id-hint ${fieldErrorId("cert-id-number")}` : "cert-id-hint"}
            name="idNumber"
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={10}
            required
            className={`${input} font-mono uppercase`}
          />
        </div>
        <fieldset id="cert-cards" className="space-y-2" aria-describedby={problems.card ? fieldErrorId("cert-card-0") : undefined}>
          <legend className="font-semibold">{t.form.reader}</legend>
          <p className="text-sm text-slate-700">{t.form.readerHint}</p>
          <FieldError id="cert-card-0" message={problems.card} prefix={summary.prefix} />
          {cards === null && <p className="text-slate-700">{t.form.loadingCards}</p>}
          {cards?.length === 0 && <p className="text-slate-700">{t.form.noCards}</p>}
          {cards?.map((c, i) => (
            <label key={c.card} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
              <input
                id={`cert-card-${i}`}
                type="radio"
                name="card"
                value={c.card}
                checked={card === c.card}
                onChange={() => setCard(c.card)}
                className="h-5 w-5 focus-visible:outline focus-visible:outline-3 focus-visible:outline-blue-700"
              />
              <span>
                {c.holder} <span className="font-mono">{c.card}</span>
                <span className="block text-sm text-slate-700">{c.issuer}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor="cert-pin" className="block font-semibold">
            {t.form.pin}
          </label>
          <span id="cert-pin-hint" className={hint}>{t.form.pinHint}</span>
          <FieldError id="cert-pin" message={problems.pin} prefix={summary.prefix} />
          <input
            id="cert-pin"
            {...invalidProps("cert-pin", problems.pin)}
            aria-describedby={problems.pin ? `cert-pin-hint ${fieldErrorId("cert-pin")}` : "cert-pin-hint"}
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            required
            className={input}
          />
        </div>
        {error && <ErrorAlert message={error} help={help} helpIntro={t.helpIntro} />}
        <p aria-live="polite" className="min-h-6 text-slate-800">{status}</p>
        <button type="submit" disabled={busy} className={button}>
          {t.form.submit}
        </button>
      </form>
    </section>
  );
}

/** The summary's links, in the form's order: the ID number, the card (its first radio), the PIN. */
function summaryOf(p: Problems, cardTarget: string): FieldErrors {
  return [
    ...(p.id ? [{ field: "cert-id-number", message: p.id }] : []),
    ...(p.card ? [{ field: cardTarget, message: p.card }] : []),
    ...(p.pin ? [{ field: "cert-pin", message: p.pin }] : []),
  ];
}
