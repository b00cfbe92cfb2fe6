import { Route } from '@angular/router';

/** Lazy routes only: each feature lib ships its own `*Routes`; `title` values are translation keys. */
export const appRoutes: Route[] = [
  {
    loadChildren: () => import('@balss/web/municipality/feature-home').then((m) => m.homeRoutes),
    path: '',
    pathMatch: 'full',
  },
  {
    loadComponent: () => import('./not-found/not-found.component').then((m) => m.NotFoundComponent),
    path: '**',
    title: 'notFound.title',
  },
];
