/**
 * Numbers as each language writes them. French: "1 250" with a narrow no-break space, "15 000 €"
 * with the sign after the number, "12,5 %". Intl does it right, so nothing here is hand-made.
 */
type Lang = 'fr' | 'en';

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** 1250 → "1 250" / "1,250". */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(value);
}

/** 15000 → "15 000 €" / "€15,000" (whole euros, cents only when there are some). */
export function formatEuros(value: number, lang: Lang): string {
  const cents = Math.round(value * 100) % 100 !== 0;
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(value);
}

/** 25 → "25 %" / "25%" (a value already in percent, as computeIndicators gives it). */
export function formatPercent(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A change with its sign: +12, −3 (a true minus sign), 0. */
export function formatSigned(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value).replace('-', '−');
}

/** A percentage change with its sign: "+25 %", "−12,5 %". */
export function formatSignedPercent(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 })
    .format(value / 100)
    .replace('-', '−');
}

/** "2024-2025" with a non-breaking hyphen, for a school year inside a sentence (never split over two lines). */
export function unbreakable(schoolYear: string): string {
  return schoolYear.replace(/-/g, '\u2011');
}
