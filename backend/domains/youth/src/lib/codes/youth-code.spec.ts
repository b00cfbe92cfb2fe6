import { normaliseYouthCode, YOUTH_CODE_PATTERN } from '@balss/contracts';
import { generateYouthCode, generateYouthCodes, hashYouthCode } from './youth-code';

describe('youth codes', () => {
  it('look like ABCD-EFGH-JK and use only the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      expect(generateYouthCode()).toMatch(YOUTH_CODE_PATTERN);
    }
  });

  it('are canonical already, so what is printed is what normalisation gives back', () => {
    const code = generateYouthCode();
    expect(normaliseYouthCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
  });

  it('come out distinct in a batch', () => {
    expect(new Set(generateYouthCodes(300)).size).toBe(300);
  });

  it('spread over every symbol (no symbol is favoured or missing)', () => {
    const counts = new Map<string, number>();
    for (const code of generateYouthCodes(2000)) {
      for (const symbol of code.replace(/-/g, '')) {
        counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(32);
    // 20,000 symbols / 32 = 625 expected each; ±30 % is far outside chance (σ ≈ 25).
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(437);
      expect(n).toBeLessThan(813);
    }
  });

  it('hash deterministically (lookup by hash) and differently per code', async () => {
    const [a, b] = generateYouthCodes(2);
    const [ha1, ha2, hb] = await Promise.all([hashYouthCode(a), hashYouthCode(a), hashYouthCode(b)]);
    expect(ha1.equals(ha2)).toBe(true);
    expect(ha1.equals(hb)).toBe(false);
    expect(ha1).toHaveLength(32);
  });
});
