"use client";
import { useEffect, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { CardTexts } from "@/lib/identity/nhi-card/texts";
import { maskName } from "@/lib/people/mask";
import { cardReader, type CardData, type VirtualCard } from "./reader-client";
import { CardForms, type SummaryTexts } from "./card-forms";
import { ErrorAlert } from "@/components/identity/error-alert";
import { labelClass, inputClass, primaryButton, secondaryButton } from "./ui";

type Props = { t: CardTexts; help: Messages["shell"]; summary: SummaryTexts; next: string | null; mailbox: boolean };

/** /verify/card: insert the card (step 1), then log in, register or reset the password (step 2). */
export function CardFlow({ t, help, summary, next, mailbox }: Props) {
  const [cards, setCards] = useState<VirtualCard[]>([]);
  const [chosen, setChosen] = useState("");
  const [card, setCard] = useState<CardData | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void cardReader.list().then((r) => {
      if (r.ok) setCards(r.data.cards);
      else setError(r.error.message);
    });
  }, []);

  async function insert() {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    const r = await cardReader.read(chosen);
    setBusy(false);
    if (r.ok) setCard(r.data.card);
    else setError(r.error.message);
  }

  const national = card ? /^[A-Z][12]/.test(card.idNumber) : true;
  return (
    <div className="space-y-6">
      <section aria-labelledby="reader-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="reader-heading" className="text-lg font-bold">{t.reader.heading}</h2>
        {card ? (
          <div className="space-y-3">
            <p className="font-semibold text-green-800">{t.reader.inserted}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1" data-testid="inserted-card">
              <dt className="font-semibold">{t.reader.cardNumber}</dt>
              <dd className="font-mono">{card.cardNumber.replace(/(\d{4})(?=\d)/g, "$1 ")}</dd>
              <dt className="font-semibold">{t.reader.name}</dt>
              <dd>{maskName(card.name)}（{national ? t.reader.national : t.reader.resident}）</dd>
            </dl>
            <button type="button" className={secondaryButton} onClick={() => setCard(null)}>
              {t.reader.eject}
            </button>
          </div>
        ) : (
          <div className="space-y-3">
            <p className="text-slate-800">{t.reader.demoNote}</p>
            <label className={labelClass}>
              {t.reader.choose}
              <select value={chosen} onChange={(e) => setChosen(e.target.value)} className={inputClass}>
                <option value="">{t.reader.placeholder}</option>
                {cards.map((c) => (
                  <option key={c.cardNumber} value={c.cardNumber}>
                    {c.cardNumber}（{c.label}）
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className={primaryButton} disabled={!chosen || busy} onClick={insert}>
              {busy ? t.reader.reading : t.reader.insert}
            </button>
          </div>
        )}
        {error && <ErrorAlert message={error} help={help} helpIntro={t.helpIntro} />}
      </section>
      {card && <CardForms key={card.cardNumber} t={t} help={help} summary={summary} card={card} national={national} next={next} mailbox={mailbox} />}
    </div>
  );
}
