import { Role } from '@balss/contracts';

/** Each role's name for people (translation keys). A Record, so a new role is a compile error here. */
export const ROLE_NAME_KEYS: Readonly<Record<Role, string>> = {
  admin: 'roles.admin',
  auditor: 'roles.auditor',
  mentor: 'roles.mentor',
  platform_admin: 'roles.platformAdmin',
  poll_officer: 'roles.pollOfficer',
  resident: 'roles.resident',
  reviewer: 'roles.reviewer',
  youth: 'roles.youth',
};
