export function tally(): string {
  return 'tally';
}
