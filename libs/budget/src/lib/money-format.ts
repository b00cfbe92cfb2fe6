import { Cents, cents } from './cents';

/** The languages Balss speaks (DOMAIN.md "Languages"); kept here because rule libs import no contracts. */
export type MoneyLocale = 'lv' | 'ru' | 'en';

export interface FormatCentsOptions {
  /** Append or prepend "€" (default true). */
  currency?: boolean;
}

const DECIMAL_SEPARATOR: Record<MoneyLocale, string> = { lv: ',', ru: ',', en: '.' };
const groupingFormats = new Map<MoneyLocale, Intl.NumberFormat>();

/**
 * Formats cents for people: lv "287 367,44 €", ru "287 367,44 €", en "€287,367.44".
 *
 * Only the integer part goes through `Intl.NumberFormat`, and as a `bigint`, so grouping follows
 * the locale's CLDR data (Latvian leaves four-digit numbers ungrouped: "1234,50 €") while the
 * cents are appended from integer arithmetic — no float ever reaches `Intl`, so nothing is rounded.
 * Spaces are no-break spaces, as `Intl` emits them, so an amount never wraps across lines.
 */
export function formatCents(amount: Cents, locale: MoneyLocale, options: FormatCentsOptions = {}): string {
  const value = BigInt(cents(amount));
  const magnitude = value < 0n ? -value : value;
  const integerPart = groupingFormat(locale).format(magnitude / 100n);
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  const number = `${integerPart}${DECIMAL_SEPARATOR[locale]}${fraction}`;
  const sign = value < 0n ? '-' : '';
  if (options.currency === false) {
    return `${sign}${number}`;
  }
  return locale === 'en' ? `${sign}€${number}` : `${sign}${number}\u00a0€`;
}

function groupingFormat(locale: MoneyLocale): Intl.NumberFormat {
  let format = groupingFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    groupingFormats.set(locale, format);
  }
  return format;
}
