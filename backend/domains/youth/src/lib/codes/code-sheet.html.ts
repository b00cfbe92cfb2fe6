import { DEFAULT_LOCALE, type Locale, type LocalizedText, YouthWebPaths } from '@balss/contracts';
import type { YouthAgeBounds } from '@balss/eligibility';

export interface CodeSheet {
  batchId: string;
  municipalityName: LocalizedText;
  issuerName: string;
  /** `DD.MM.YYYY`, as Latvians write dates. */
  expiresOn: string;
  codes: readonly string[];
  publicUrl: string;
  bounds: YouthAgeBounds;
  locale?: Locale;
}

/** Slips per A4 page: 2 columns × 4 rows of 95 × 69 mm, cut along the dashed lines. */
export const SLIPS_PER_PAGE = 8;

const SLIP_TEXT: Record<Locale, (url: string, b: YouthAgeBounds) => string> = {
  lv: (url, b) =>
    `Jauniešu konts (${b.minAge}–${b.maxAge} g.). Atver ${url}, ievadi kodu un izveido kontu. Kods derīgs vienu reizi. ` +
    `Ja tev vēl nav 18 gadu, norādi pieaugušo, kurš to apstiprinās. Neizpaud kodu citiem.`,
  ru: (url, b) =>
    `Молодёжный аккаунт (${b.minAge}–${b.maxAge} лет). Открой ${url}, введи код и создай аккаунт. Код действует один раз. ` +
    `Если тебе ещё нет 18, укажи взрослого, который это подтвердит. Не показывай код другим.`,
  en: (url, b) =>
    `Youth account (ages ${b.minAge}–${b.maxAge}). Open ${url}, enter the code and create your account. The code works once. ` +
    `Under 18? Name an adult who will confirm it. Keep the code to yourself.`,
};

const HEADINGS: Record<Locale, { title: string; validUntil: string; howTo: string }> = {
  lv: { title: 'Jauniešu konta kodi', validUntil: 'Derīgs līdz', howTo: 'Drukājiet uz A4 (100 %) un grieziet pa raustītajām līnijām.' },
  ru: { title: 'Коды молодёжных аккаунтов', validUntil: 'Действует до', howTo: 'Печатайте на A4 (100 %) и разрежьте по пунктиру.' },
  en: { title: 'Youth account codes', validUntil: 'Valid until', howTo: 'Print on A4 at 100 % and cut along the dashed lines.' },
};

const STYLE = `
@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #000; background: #fff; }
.screen-note { margin: 1rem; padding: .75rem 1rem; border: 1px solid #555; max-width: 190mm; }
.page { display: grid; grid-template-columns: 95mm 95mm; grid-auto-rows: 69mm; width: 190mm; break-after: page; }
.page:last-child { break-after: auto; }
.slip { border: 1px dashed #444; padding: 4mm 5mm; display: flex; flex-direction: column; gap: 1.5mm; overflow: hidden; break-inside: avoid; }
.slip header { display: flex; justify-content: space-between; font-size: 8pt; }
.code { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 19pt; font-weight: bold; letter-spacing: .08em; text-align: center; margin: 1mm 0; }
.meta { font-size: 8pt; text-align: center; }
.url { font-family: "DejaVu Sans Mono", "Courier New", monospace; font-size: 8.5pt; text-align: center; word-break: break-all; }
.text { font-size: 6.6pt; line-height: 1.25; margin: 0; }
@media print { .screen-note { display: none; } }
`;

/**
 * The printable sheet of a batch: an HTML page laid out for A4, one cut-out slip per code with the
 * redemption address and short instructions in Latvian, Russian and English (DOMAIN: all three on
 * everything a person reads). Plain HTML and CSS, no script, so the strict CSP applies unchanged
 * and any browser prints it ("Save as PDF" gives a PDF without a PDF library on the server).
 */
export function renderCodeSheet(sheet: CodeSheet): string {
  const locale = sheet.locale ?? DEFAULT_LOCALE;
  const heading = HEADINGS[locale];
  const url = `${sheet.publicUrl.replace(/\/+$/, '')}${YouthWebPaths.redeem}`;
  const pages: string[] = [];
  for (let start = 0; start < sheet.codes.length; start += SLIPS_PER_PAGE) {
    const slips = sheet.codes.slice(start, start + SLIPS_PER_PAGE).map((code) => slip(sheet, code, url));
    pages.push(`<section class="page">${slips.join('')}</section>`);
  }
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${heading.title} — ${sheet.issuerName}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="screen-note">${escapeHtml(`${heading.title}: ${sheet.issuerName}, ${sheet.municipalityName[locale]}. ${sheet.codes.length} × 1. ${heading.validUntil} ${sheet.expiresOn}. ${heading.howTo}`)}</p>
${pages.join('\n')}
</body>
</html>
`;
}

function slip(sheet: CodeSheet, code: string, url: string): string {
  const text = (['lv', 'ru', 'en'] as const)
    .map((l) => `<p class="text" lang="${l}">${escapeHtml(SLIP_TEXT[l](url, sheet.bounds))}</p>`)
    .join('');
  return (
    `<article class="slip">` +
    `<header><strong>Balss · ${escapeHtml(sheet.municipalityName.lv)}</strong><span>${escapeHtml(sheet.issuerName)}</span></header>` +
    `<div class="code">${escapeHtml(code)}</div>` +
    `<div class="meta">${escapeHtml(`${HEADINGS.lv.validUntil} / ${HEADINGS.ru.validUntil} / ${HEADINGS.en.validUntil} ${sheet.expiresOn}`)}</div>` +
    `<div class="url">${escapeHtml(url)}</div>` +
    text +
    `</article>`
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
