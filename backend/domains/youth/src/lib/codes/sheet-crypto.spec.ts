import { openSheet, sealSheet } from './sheet-crypto';

describe('sealed printable sheet', () => {
  const codes = ['ABCD-EFGH-JK', '2345-6789-MN'];

  it('opens with its key and its batch', () => {
    const { key, sealed } = sealSheet('batch-1', codes);
    expect(openSheet('batch-1', sealed, key)).toEqual(codes);
  });

  it('does not contain the codes in clear', () => {
    const { sealed } = sealSheet('batch-1', codes);
    expect(sealed.toString('latin1')).not.toContain('ABCD');
  });

  it('refuses another key, another batch, a truncated or tampered copy, and junk keys', () => {
    const { key, sealed } = sealSheet('batch-1', codes);
    const other = sealSheet('batch-1', codes).key;
    expect(openSheet('batch-1', sealed, other)).toBeNull();
    expect(openSheet('batch-2', sealed, key)).toBeNull();
    expect(openSheet('batch-1', sealed.subarray(0, 20), key)).toBeNull();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(openSheet('batch-1', tampered, key)).toBeNull();
    expect(openSheet('batch-1', sealed, 'not-a-key')).toBeNull();
    expect(openSheet('batch-1', sealed, '')).toBeNull();
  });
});
