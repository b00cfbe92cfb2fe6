import { Route } from '@angular/router';
import { AUDIT_SCOPE } from '@balss/web/admin/data-access';
import { requireSession } from '@balss/web/identity/data-access';
import { AdminHomePageComponent } from './admin-home-page/admin-home-page.component';
import { AuditPageComponent } from './audit-page/audit-page.component';
import { CodeBatchesPageComponent } from './code-batches-page/code-batches-page.component';
import { MunicipalitiesPageComponent } from './municipalities-page/municipalities-page.component';
import { RegisterImportPageComponent } from './register-import-page/register-import-page.component';
import { UsersPageComponent } from './users-page/users-page.component';

/**
 * `/admin/…`, each page behind its permission. The guards only shape the interface: the API checks
 * every permission and the municipality again.
 */
export const adminRoutes: Route[] = [
  { canActivate: [requireSession()], component: AdminHomePageComponent, path: '', title: 'admin.home.title' },
  {
    canActivate: [requireSession('users:read')],
    component: UsersPageComponent,
    path: 'users',
    title: 'admin.users.title',
  },
  {
    canActivate: [requireSession('youth-codes:issue')],
    component: CodeBatchesPageComponent,
    path: 'code-batches',
    title: 'admin.codes.title',
  },
  {
    canActivate: [requireSession('register:import')],
    component: RegisterImportPageComponent,
    path: 'register',
    title: 'admin.register.title',
  },
  {
    canActivate: [requireSession('audit:read')],
    component: AuditPageComponent,
    path: 'audit',
    title: 'admin.audit.title',
  },
  {
    canActivate: [requireSession('audit:read-platform')],
    component: AuditPageComponent,
    path: 'platform-audit',
    providers: [{ provide: AUDIT_SCOPE, useValue: 'platform' }],
    title: 'admin.audit.platformTitle',
  },
  {
    canActivate: [requireSession('municipalities:create')],
    component: MunicipalitiesPageComponent,
    path: 'municipalities',
    title: 'admin.municipalities.title',
  },
];
