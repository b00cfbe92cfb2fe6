import type { LocalizedText, Role } from '@balss/contracts';

/** The password of every demo account; printed by `npm start` (tools/start/demo-logins.json). */
export const DEMO_PASSWORD = 'daugavas-tilts-2026';

/** A second, invented municipality whose administrator shows that tenants do not see each other. */
export const DEMO_OTHER_MUNICIPALITY: { slug: string; name: LocalizedText } = {
  slug: 'demo-novads',
  name: { lv: 'Demonstrācijas novads', ru: 'Демонстрационный край', en: 'Demo Municipality' },
};

export interface DemoAccount {
  role: Role;
  email: string;
  displayName: string;
  municipality: 'daugavpils' | typeof DEMO_OTHER_MUNICIPALITY.slug;
  note?: string;
}

/**
 * One account per role in Daugavpils, plus the other municipality's administrator. Addresses use
 * the reserved `.example` domain, so no real mailbox can ever receive demo mail. The youth account's
 * name is a nickname: minors' names are never shown, and demo data should not model otherwise.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'resident', email: 'resident@daugavpils.balss.example', displayName: 'Anna (iedzīvotāja)', municipality: 'daugavpils' },
  { role: 'youth', email: 'youth@daugavpils.balss.example', displayName: 'Jaunietis K.', municipality: 'daugavpils' },
  { role: 'mentor', email: 'mentor@daugavpils.balss.example', displayName: 'Mārtiņš (mentors)', municipality: 'daugavpils' },
  { role: 'reviewer', email: 'reviewer@daugavpils.balss.example', displayName: 'Ilze (vērtētāja)', municipality: 'daugavpils' },
  { role: 'poll_officer', email: 'poll-officer@daugavpils.balss.example', displayName: 'Olga (iecirkņa darbiniece)', municipality: 'daugavpils' },
  { role: 'admin', email: 'admin@daugavpils.balss.example', displayName: 'Jānis (administrators)', municipality: 'daugavpils' },
  { role: 'auditor', email: 'auditor@daugavpils.balss.example', displayName: 'Rūta (auditore)', municipality: 'daugavpils' },
  {
    role: 'platform_admin',
    email: 'platform@balss.example',
    displayName: 'Platformas administrators',
    municipality: 'daugavpils',
    note: 'all municipalities',
  },
  {
    role: 'admin',
    email: 'admin@demo-novads.balss.example',
    displayName: 'Cita pašvaldība (administrators)',
    municipality: 'demo-novads',
    note: 'another municipality: sees nothing of Daugavpils',
  },
];
