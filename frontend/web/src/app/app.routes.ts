import { Route } from '@angular/router';

/** Lazy routes only: each feature lib ships its own `*Routes`; `title` values are translation keys. */
export const appRoutes: Route[] = [
  {
    loadChildren: () => import('@balss/web/municipality/feature-home').then((m) => m.homeRoutes),
    path: '',
    pathMatch: 'full',
  },
  {
    loadChildren: () => import('@balss/web/identity/feature-account').then((m) => m.accountRoutes),
    path: 'account',
  },
  {
    loadChildren: () => import('@balss/web/youth/feature-youth').then((m) => m.youthRoutes),
    path: 'youth',
  },
  {
    loadChildren: () => import('@balss/web/admin/feature-admin').then((m) => m.adminRoutes),
    path: 'admin',
  },
  {
    loadComponent: () => import('./not-found/not-found.component').then((m) => m.NotFoundComponent),
    path: '**',
    title: 'notFound.title',
  },
];
