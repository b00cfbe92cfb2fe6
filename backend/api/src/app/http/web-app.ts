import * as fs from 'node:fs';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import type { ServeStaticModuleOptions } from '@nestjs/serve-static';
import type { AppConfig } from '@balss/platform/config';

/** Angular's hashed bundle names (main-ABCD1234.js) never change content, so they may be cached for good. */
const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css|woff2?)$/;

/**
 * Serves the built web app from the api's origin (one origin: no CORS, cookies just work) with the
 * SPA fallback: any GET outside /api that is not a file gets index.html, so deep links survive a
 * reload. /api paths are excluded and reach Nest's 404 with the stable error body instead.
 */
export function webAppOptions(config: AppConfig): ServeStaticModuleOptions[] {
  const logger = new Logger('WebApp');
  if (config.http.webDistPath === null) {
    return [];
  }
  const rootPath = path.resolve(config.http.webDistPath);
  if (!fs.existsSync(path.join(rootPath, 'index.html'))) {
    logger.warn(`WEB_DIST_PATH=${rootPath} has no index.html; serving the API only (build the web app first).`);
    return [];
  }
  return [
    {
      rootPath,
      exclude: ['/api/{*rest}'],
      serveStaticOptions: {
        index: false,
        setHeaders: (response: { setHeader(name: string, value: string): void }, file: string) => {
          response.setHeader(
            'Cache-Control',
            HASHED_ASSET.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      },
    },
  ];
}
