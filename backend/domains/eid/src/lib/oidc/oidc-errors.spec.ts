import { classifyOidcError } from './oidc-errors';

const wrapped = (inner: object) =>
  Object.assign(new Error('unexpected JWT claim value encountered'), {
    code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
    cause: inner,
  });

describe('classifyOidcError', () => {
  it.each([
    ['nonce', 'WRONG_NONCE'],
    ['aud', 'WRONG_AUDIENCE'],
    ['azp', 'WRONG_AUDIENCE'],
    ['iss', 'WRONG_ISSUER'],
    ['sub', 'INVALID_RESPONSE'],
  ])('maps a failed %s comparison to %s', (claim, reason) => {
    expect(classifyOidcError(wrapped({ code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED', cause: { claim } }))).toBe(reason);
  });

  it('maps an unexpected iss callback parameter to WRONG_ISSUER', () => {
    expect(
      classifyOidcError(
        Object.assign(new Error('invalid response encountered'), {
          cause: new Error('unexpected "iss" (issuer) response parameter value'),
        }),
      ),
    ).toBe('WRONG_ISSUER');
  });

  it('maps provider errors, refused codes and network failures', () => {
    expect(classifyOidcError(Object.assign(new Error('x'), { name: 'AuthorizationResponseError' }))).toBe(
      'PROVIDER_ERROR',
    );
    expect(
      classifyOidcError(Object.assign(new Error('x'), { name: 'AuthorizationResponseError', error: 'access_denied' })),
    ).toBe('CANCELLED');
    expect(
      classifyOidcError(Object.assign(new Error('x'), { name: 'AuthorizationResponseError', error: 'server_error' })),
    ).toBe('PROVIDER_ERROR');
    expect(
      classifyOidcError(Object.assign(new Error('x'), { name: 'ResponseBodyError', error: 'invalid_grant' })),
    ).toBe('CODE_REJECTED');
    expect(classifyOidcError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))).toBe(
      'PROVIDER_UNAVAILABLE',
    );
    expect(classifyOidcError(new Error('anything else'))).toBe('INVALID_RESPONSE');
  });
});
