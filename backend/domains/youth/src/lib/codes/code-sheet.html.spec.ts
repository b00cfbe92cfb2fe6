import { YOUTH_LAW_BOUNDS } from '@balss/eligibility';
import { escapeHtml, renderCodeSheet, SLIPS_PER_PAGE } from './code-sheet.html';

describe('printable code sheet', () => {
  const base = {
    batchId: 'b1',
    municipalityName: { lv: 'Daugavpils', ru: 'Даугавпилс', en: 'Daugavpils' },
    issuerName: 'Skola <Nr. 1> & "Co"',
    expiresOn: '30.06.2027',
    publicUrl: 'https://balss.example/',
    bounds: YOUTH_LAW_BOUNDS,
  };
  const codes = Array.from({ length: 11 }, (_, i) => `ABCD-EFGH-${String(i).padStart(2, '0')}`);

  it('prints one slip per code, eight to an A4 page', () => {
    const html = renderCodeSheet({ ...base, codes });
    expect(html.match(/<article class="slip">/g)).toHaveLength(11);
    expect(html.match(/<section class="page">/g)).toHaveLength(Math.ceil(11 / SLIPS_PER_PAGE));
    expect(html).toContain('@page { size: A4');
    for (const code of codes) {
      expect(html).toContain(code);
    }
  });

  it('tells how to redeem in Latvian, Russian and English, with the address and the age bounds', () => {
    const html = renderCodeSheet({ ...base, codes: codes.slice(0, 1) });
    expect(html).toContain('https://balss.example/youth/redeem');
    expect(html).toContain('<p class="text" lang="lv">Jauniešu konts (13–25 g.)');
    expect(html).toContain('<p class="text" lang="ru">Молодёжный аккаунт (13–25 лет)');
    expect(html).toContain('<p class="text" lang="en">Youth account (ages 13–25)');
    expect(html).toContain('30.06.2027');
  });

  it('escapes what an administrator typed and carries no script', () => {
    const html = renderCodeSheet({ ...base, codes: codes.slice(0, 1) });
    expect(html).toContain('Skola &lt;Nr. 1&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<Nr. 1>');
    expect(html).not.toMatch(/<script/i);
    expect(escapeHtml(`<'>`)).toBe('&lt;&#39;&gt;');
  });
});
