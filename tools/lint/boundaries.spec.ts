import { execFileSync } from 'node:child_process';
import path from 'node:path';

interface Snippet {
  label: string;
  filePath: string;
  importLine: string;
}

const forbidden: Snippet[] = [
  { label: 'a rule lib importing NestJS', filePath: 'libs/tally/src/lib/forbidden.ts', importLine: `import { Injectable } from '@nestjs/common';` },
  { label: 'a rule lib importing any npm package', filePath: 'libs/budget/src/lib/forbidden.ts', importLine: `import { of } from 'rxjs';` },
  { label: 'the contracts importing Angular', filePath: 'libs/contracts/src/lib/forbidden.ts', importLine: `import { signal } from '@angular/core';` },
  { label: 'frontend code importing TypeORM', filePath: 'frontend/web/src/app/forbidden.ts', importLine: `import { DataSource } from 'typeorm';` },
  { label: 'frontend code importing BullMQ', filePath: 'frontend/municipality/data-access/src/lib/forbidden.ts', importLine: `import { Queue } from 'bullmq';` },
  { label: 'backend code importing Angular', filePath: 'backend/api/src/app/forbidden.ts', importLine: `import { Component } from '@angular/core';` },
  { label: 'a rule lib importing a backend lib', filePath: 'libs/eligibility/src/lib/forbidden.ts', importLine: `import { AppConfig } from '@balss/platform/config';` },
  { label: 'frontend code importing a backend lib', filePath: 'frontend/municipality/data-access/src/lib/forbidden.ts', importLine: `import { AppConfig } from '@balss/platform/config';` },
  { label: 'a platform lib importing a domain feature', filePath: 'backend/platform/config/src/lib/forbidden.ts', importLine: `import { MunicipalityModule } from '@balss/domains/municipality';` },
];

const permitted: Snippet[] = [
  { label: 'the api importing the contracts', filePath: 'backend/api/src/app/allowed.ts', importLine: `import { ApiRoutes } from '@balss/contracts';` },
  { label: 'a frontend data-access lib importing the contracts', filePath: 'frontend/municipality/data-access/src/lib/allowed.ts', importLine: `import { ApiRoutes } from '@balss/contracts';` },
  { label: 'a platform lib importing NestJS', filePath: 'backend/platform/config/src/lib/allowed.ts', importLine: `import { Injectable } from '@nestjs/common';` },
];

/** The snippet uses what it imports, so only the boundary rule can object to it. */
function toCode({ importLine }: Snippet): string {
  const name = /import \{ (\w+) \}/.exec(importLine)?.[1];
  return `${importLine}\nexport const used = [${name}];\n`;
}

function lint(snippets: Snippet[]): string[][] {
  const output = execFileSync(process.execPath, [path.join(__dirname, 'lint-snippets.mjs')], {
    input: JSON.stringify(snippets.map((s) => ({ filePath: s.filePath, code: toCode(s) }))),
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return JSON.parse(output) as string[][];
}

describe('module boundaries', () => {
  let forbiddenMessages: string[][];
  let permittedMessages: string[][];

  beforeAll(() => {
    [forbiddenMessages, permittedMessages] = [lint(forbidden), lint(permitted)];
  });

  it.each(forbidden.map((s, i) => [s.label, i] as const))('reports %s', (_label, i) => {
    expect(forbiddenMessages[i].length).toBeGreaterThan(0);
  });

  it.each(permitted.map((s, i) => [s.label, i] as const))('permits %s', (_label, i) => {
    expect(permittedMessages[i]).toEqual([]);
  });
});
