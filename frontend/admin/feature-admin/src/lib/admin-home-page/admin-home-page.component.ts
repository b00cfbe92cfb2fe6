import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Permission } from '@balss/contracts';
import { SessionStore } from '@balss/web/identity/data-access';
import { TranslocoPipe } from '@jsverse/transloco';

interface AdminArea {
  description: string;
  path: string;
  permission: Permission;
  title: string;
}

const AREAS: readonly AdminArea[] = [
  {
    description: 'admin.home.users.description',
    path: '/admin/users',
    permission: 'users:read',
    title: 'admin.home.users.title',
  },
  {
    description: 'admin.home.codes.description',
    path: '/admin/code-batches',
    permission: 'youth-codes:issue',
    title: 'admin.home.codes.title',
  },
  {
    description: 'admin.home.register.description',
    path: '/admin/register',
    permission: 'register:import',
    title: 'admin.home.register.title',
  },
  {
    description: 'admin.home.audit.description',
    path: '/admin/audit',
    permission: 'audit:read',
    title: 'admin.home.audit.title',
  },
  {
    description: 'admin.home.municipalities.description',
    path: '/admin/municipalities',
    permission: 'municipalities:create',
    title: 'admin.home.municipalities.title',
  },
  {
    description: 'admin.home.platformAudit.description',
    path: '/admin/platform-audit',
    permission: 'audit:read-platform',
    title: 'admin.home.platformAudit.title',
  },
];

/** The administration area: the parts this person's roles open, in their municipality only. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
  selector: 'balss-admin-home-page',
  styleUrl: '../admin-pages.scss',
  template: `
    <h1>{{ 'admin.home.heading' | transloco }}</h1>
    <p class="lead">{{ 'admin.home.lead' | transloco }}</p>
    <ul class="areas" role="list">
      @for (area of areas(); track area.path) {
        <li>
          <h2>
            <a [routerLink]="area.path">{{ area.title | transloco }}</a>
          </h2>
          <p>{{ area.description | transloco }}</p>
        </li>
      }
    </ul>
  `,
  styles: `
    .areas {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 1.5rem;
      padding: 0;
      list-style: none;
    }
    .areas li {
      padding: 1rem 1.25rem;
      border: 1px solid var(--balss-border);
      border-top: 4px solid var(--balss-accent);
    }
    .areas h2 {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
  `,
})
export class AdminHomePageComponent {
  private readonly session = inject(SessionStore);
  protected readonly areas = computed(() => AREAS.filter((area) => this.session.permissions().has(area.permission)));
}
