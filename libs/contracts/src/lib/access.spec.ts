import { PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, ROLES } from './access';

describe('access', () => {
  it('grants every permission to at least one role, so no endpoint is unreachable', () => {
    const granted = permissionsOf(ROLES);
    expect(PERMISSIONS.filter((p) => !granted.has(p))).toEqual([]);
  });

  it('keeps auditors read-only', () => {
    const writes = ROLE_PERMISSIONS.auditor.filter((p) => !/:read(-own)?$/.test(p) && !p.startsWith('account:'));
    expect(writes).toEqual([]);
  });

  it('unites the permissions of several roles', () => {
    const both = permissionsOf(['youth', 'mentor']);
    expect(both.has('mentor:vouch')).toBe(true);
    expect(both.has('youth:draft-application')).toBe(true);
    expect(both.has('register:import')).toBe(false);
  });

  it('does not let a municipality administrator create municipalities', () => {
    expect(permissionsOf(['admin']).has('municipalities:create')).toBe(false);
  });

  it('lets only platform administrators read the audit events of no municipality', () => {
    expect(ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('audit:read-platform'))).toEqual(['platform_admin']);
  });
});
