import { TallyError } from '../errors';

/**
 * One `;`-separated .pb line into trimmed fields. Quoting is RFC 4180 style (README, "The .pb format"):
 * a field holding `;` or `"` is enclosed in double quotes and an inner `"` is doubled. Most lines have
 * no quote at all, so they take the fast path.
 */
export function splitFields(line: string): string[] {
  if (!line.includes('"')) {
    return line.split(';').map((field) => field.trim());
  }
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') {
      i++;
    }
    const [field, end] = line[i] === '"' ? readQuoted(line, i) : readPlain(line, i);
    fields.push(field);
    if (end >= line.length) {
      return fields;
    }
    i = end + 1;
  }
}

/** Returns the field and the index of the `;` that ends it (or the line length). */
function readQuoted(line: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  for (;;) {
    const quote = line.indexOf('"', i);
    if (quote < 0) {
      throw new TallyError('column-count', 'a quoted field is not closed');
    }
    value += line.slice(i, quote);
    if (line[quote + 1] === '"') {
      value += '"';
      i = quote + 2;
      continue;
    }
    const separator = line.indexOf(';', quote + 1);
    const end = separator < 0 ? line.length : separator;
    if (line.slice(quote + 1, end).trim() !== '') {
      throw new TallyError('column-count', 'text after a closing quote');
    }
    return [value, end];
  }
}

function readPlain(line: string, start: number): [string, number] {
  const separator = line.indexOf(';', start);
  const end = separator < 0 ? line.length : separator;
  return [line.slice(start, end).trim(), end];
}

/** The inverse of splitFields: quotes only the fields that need it. */
export function joinFields(fields: readonly string[]): string {
  return fields.map((field) => (/[;"\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(';');
}

/** `none` in any case means "absent" (README). */
export function isAbsent(field: string | undefined): boolean {
  return field === undefined || field === '' || field.toLowerCase() === 'none';
}
