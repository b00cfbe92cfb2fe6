import type { ValidationError } from '@angular/forms/signals';

/**
 * Errors in Balss forms carry a translation key as `message` and, when the text needs them, its
 * parameters as `params` (see KeyedError in identity data-access). Built-in validators are given
 * keys too (`required(path, { message: 'identity.errors.emailRequired' })`).
 */
export function messageKey(error: ValidationError): string {
  return error.message ?? 'forms.invalid';
}

export function messageParams(error: ValidationError): Record<string, unknown> {
  const params = (error as { params?: unknown }).params;
  return typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {};
}
