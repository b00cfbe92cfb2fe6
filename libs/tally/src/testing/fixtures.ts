import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PbElection } from '../lib/pb/reader';
import { readPbFile } from '../lib/pb/read-file';

/** Test helpers only (not exported by the library). */
export const FIXTURES = resolve(__dirname, '../fixtures');

export function readFixture(kind: 'valid' | 'invalid', name: string): Promise<PbElection> {
  return readPbFile(join(FIXTURES, kind, name));
}

/** The Nx workspace root: the nearest folder above this file holding nx.json. */
export function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`no nx.json above ${__dirname}`);
    }
    dir = parent;
  }
  return dir;
}

/**
 * The 82 real elections, `../shared/pabulib` beside the clone (as in CI). Missing data is an error, not
 * a skip: a green run must mean the official outcomes were checked.
 */
export function pabulibFiles(): { dir: string; files: string[] } {
  const dir = resolve(workspaceRoot(), '../shared/pabulib');
  if (!existsSync(dir)) {
    throw new Error(`the Pabulib corpus is missing: expected it at ${dir} (../shared/pabulib from the workspace root)`);
  }
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.pb'))
    .sort();
  if (files.length === 0) {
    throw new Error(`no .pb files in ${dir}`);
  }
  return { dir, files };
}
