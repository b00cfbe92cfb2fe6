/** Every HTTP path the web app calls, relative to the server origin. One place to rename a route. */
export const API_PREFIX = 'api';

export const ApiRoutes = {
  health: `/${API_PREFIX}/health`,
  docs: `/${API_PREFIX}/docs`,
  docsJson: `/${API_PREFIX}/docs-json`,
  queues: `/${API_PREFIX}/admin/queues`,
  municipalities: `/${API_PREFIX}/municipalities`,
  municipality: (slug: string) => `/${API_PREFIX}/municipalities/${encodeURIComponent(slug)}`,
} as const;

/** The municipality the single-tenant demo and the public home page show by default. */
export const DEFAULT_MUNICIPALITY_SLUG = 'daugavpils';
