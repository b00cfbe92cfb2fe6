/** The one-time token of an e-mailed link (`/…#token=…`): fragments never reach a server or a log. */
export function tokenFromFragment(fragment: string | null | undefined): string | undefined {
  const token = new URLSearchParams(fragment ?? '').get('token')?.trim();
  return token ? token : undefined;
}
