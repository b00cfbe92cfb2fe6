export function eligibility(): string {
  return 'eligibility';
}
