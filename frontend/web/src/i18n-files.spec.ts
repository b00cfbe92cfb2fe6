import { LOCALES } from '@balss/contracts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Guards the rule "every user-facing string exists in lv, ru and en": the three files have the
 * same keys and placeholders, every key the frontend uses exists, no key is dead, and templates
 * carry no literal text.
 */
const FRONTEND = join(__dirname, '../..');
const I18N = join(__dirname, '../public/i18n');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      entries.set(path, value);
    } else {
      flatten(value, path).forEach((v, k) => entries.set(k, v));
    }
  }
  return entries;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return ['node_modules', 'web-e2e', 'public'].includes(entry.name) ? [] : sourceFiles(path);
    }
    return /\.(ts|html)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const files = Object.fromEntries(
  LOCALES.map((locale) => [locale, flatten(JSON.parse(readFileSync(join(I18N, `${locale}.json`), 'utf8')))]),
);
const latvian = files['lv'];
const namespaces = [...new Set([...latvian.keys()].map((key) => key.split('.')[0]))];
const keyLiteral = new RegExp(`['"\`]((?:${namespaces.join('|')})\\.[A-Za-z.]+)['"\`]`, 'g');
const sources = sourceFiles(FRONTEND).filter((path) => path.includes(`${sep}src${sep}`));
const usedKeys = new Set(
  sources.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(keyLiteral)].map((m) => m[1])),
);

describe('translation files', () => {
  it.each(LOCALES)('%s has exactly the Latvian keys, none empty, same placeholders', (locale) => {
    const texts = files[locale];
    expect([...texts.keys()].sort()).toEqual([...latvian.keys()].sort());
    for (const [key, text] of texts) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({
        key,
        placeholders: placeholders(latvian.get(key) ?? ''),
      });
    }
  });

  it('has every key the frontend uses', () => {
    expect(usedKeys.size).toBeGreaterThan(10);
    expect([...usedKeys].filter((key) => !latvian.has(key))).toEqual([]);
  });

  it('has no key the frontend does not use', () => {
    expect([...latvian.keys()].filter((key) => !usedKeys.has(key))).toEqual([]);
  });
});

describe('templates', () => {
  const templates = sources.filter((path) => path.endsWith('.html') && !path.endsWith('index.html'));

  it.each(templates.map((path) => [relative(FRONTEND, path), path]))('%s has no literal text', (_name, path) => {
    const template = readFileSync(path, 'utf8');
    const literalAttributes = [...template.matchAll(/\s(aria-label|alt|placeholder|title)="([^"]*)"/g)]
      .map((m) => m[0].trim())
      .filter((attribute) => /\p{L}/u.test(attribute.split('=')[1]));
    const text = template
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\{\{[\s\S]*?\}\}/g, '')
      .replace(/<[^>]*>/g, '')
      .replace(/@\w+(\s+if)?\s*(\([^{]*\))?\s*\{/g, '')
      .replace(/[{}\s]/g, '');
    expect({ literalAttributes, text }).toEqual({ literalAttributes: [], text: '' });
  });
});
