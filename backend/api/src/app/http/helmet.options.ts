import type { HelmetOptions } from 'helmet';

/**
 * Angular's production build inlines critical CSS and loads the full stylesheet with
 * `<link media="print" onload="this.media='all'">`. This hash allows exactly that one handler
 * ('unsafe-hashes'), instead of allowing inline scripts in general.
 */
const ANGULAR_STYLESHEET_ONLOAD = "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

/**
 * Security headers for the api and the web app it serves from the same origin. Scripts only from
 * ourselves; inline styles allowed because Angular and Swagger UI set style attributes at run time;
 * OpenStreetMap tiles pre-allowed for the planned facilities map. No upgrade-insecure-requests: on a
 * plain-http origin (npm start on a LAN address) it would break every asset; TLS is the proxy's job.
 */
export function helmetOptions(): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'img-src': ["'self'", 'data:', 'https://tile.openstreetmap.org'],
        'manifest-src': ["'self'"],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'unsafe-hashes'", ANGULAR_STYLESHEET_ONLOAD],
        'style-src': ["'self'", "'unsafe-inline'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  };
}
