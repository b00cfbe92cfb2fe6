import { loadConfig } from '@balss/platform/config';
import { PersonalCodeHasher } from './personal-code-hasher';

const config = (secret?: string) =>
  loadConfig({
    DATABASE_URL: 'postgres://u:p@h/d',
    REDIS_URL: 'redis://h',
    ...(secret ? { PERSONAL_CODE_HMAC_SECRET: secret } : {}),
  });

describe('PersonalCodeHasher', () => {
  const sut = new PersonalCodeHasher(config());

  it('hashes every way of writing one code alike, to 32 bytes', () => {
    const hashes = ['120590-10000', '12059010000', ' 120590-10000 ', 'PNOLV-120590-10000'].map((v) =>
      sut.hashClaim(v)?.toString('hex'),
    );
    expect(new Set(hashes).size).toBe(1);
    expect(sut.hashClaim('120590-10000')).toHaveLength(32);
  });

  it('is keyed: another secret gives another hash, and the hash is not a plain SHA-256', () => {
    const other = new PersonalCodeHasher(config('another-secret-of-at-least-32-characters!'));
    expect(other.hashClaim('120590-10000')?.equals(sut.hashClaim('120590-10000') as Buffer)).toBe(false);
    const plain = require('node:crypto').createHash('sha256').update('120590-10000').digest() as Buffer;
    expect(sut.hashClaim('120590-10000')?.equals(plain)).toBe(false);
  });

  it.each([[undefined], [42], [''], ['120590-10001'], ['not a code']])('refuses %p', (value) => {
    expect(sut.hashClaim(value)).toBeNull();
  });
});
