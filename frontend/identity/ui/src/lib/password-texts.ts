/** The password policy's reasons (`details[].reason` of a refused password) → what to tell the reader. */
export const PASSWORD_REASON_KEYS: Record<string, string> = {
  common: 'identity.errors.passwordCommon',
  'contains-identity': 'identity.errors.passwordContainsIdentity',
  repetitive: 'identity.errors.passwordRepetitive',
  'too-long': 'identity.errors.passwordTooLong',
  'too-short': 'identity.errors.passwordTooShort',
};
