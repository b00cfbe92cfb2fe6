export function budget(): string {
  return 'budget';
}
