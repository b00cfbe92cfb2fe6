import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@balss/platform/config';
import { webAppOptions } from './web-app';

const config = (webDist?: string) =>
  loadConfig({ DATABASE_URL: 'postgres://u:p@h/db', REDIS_URL: 'redis://h:6379', WEB_DIST_PATH: webDist });

describe('webAppOptions', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('serves nothing when no web build is configured', () => {
    expect(webAppOptions(config())).toEqual([]);
  });

  it('serves nothing (and warns) when the folder has no index.html', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'balss-web-'));
    expect(webAppOptions(config(empty))).toEqual([]);
    expect(Logger.prototype.warn).toHaveBeenCalledWith(expect.stringContaining('no index.html'));
  });

  it('serves a built app with the SPA fallback everywhere except /api', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'balss-web-'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
    const [options] = webAppOptions(config(dist));
    expect(options).toMatchObject({ rootPath: dist, exclude: ['/api/{*rest}'] });
    const setHeader = jest.fn();
    options?.serveStaticOptions?.setHeaders?.({ setHeader }, '/x/main-AB12CD34.js', {});
    options?.serveStaticOptions?.setHeaders?.({ setHeader }, '/x/index.html', {});
    expect(setHeader.mock.calls).toEqual([
      ['Cache-Control', 'public, max-age=31536000, immutable'],
      ['Cache-Control', 'no-cache'],
    ]);
  });
});
