// A deliberately small MIME reader for the local SMTP capture: enough to show and test the mails
// Balss sends (nodemailer output: text/plain, optional text/html, multipart/alternative, quoted-
// printable or base64, RFC 2047 encoded headers). No attachments, no exotic charsets beyond what
// TextDecoder knows. `mailparser` is not available to this project, and this is all we need.

/** Parses one raw RFC 5322 message (a Buffer) into headers, subject, text and html. */
export function parseMessage(raw) {
  const part = parsePart(raw.toString('latin1'));
  const bodies = { text: null, html: null };
  collectBodies(part, bodies);
  const header = (name) => part.headers[name]?.[0] ?? null;
  return {
    headers: Object.fromEntries(Object.entries(part.headers).map(([k, v]) => [k, v.length === 1 ? v[0] : v])),
    messageId: header('message-id'),
    from: header('from'),
    to: header('to'),
    subject: header('subject') ?? '',
    date: header('date'),
    text: bodies.text ?? '',
    html: bodies.html,
    links: extractLinks(bodies.text ?? ''),
  };
}

/** Every http(s) link of a plain-text body, in order, without trailing punctuation. */
export function extractLinks(text) {
  return [...text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)].map((m) => m[0].replace(/[.,;:!?]+$/, ''));
}

// `source` is the raw message as a latin1 string, so every byte maps to one char and back.
function parsePart(source) {
  const split = source.search(/\r?\n\r?\n/);
  const head = split === -1 ? source : source.slice(0, split);
  const body = split === -1 ? '' : source.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = parseHeaders(head);
  const contentType = parseParams(headers['content-type']?.[0] ?? 'text/plain; charset=us-ascii');
  const part = { headers, type: contentType.value.toLowerCase(), params: contentType.params, body, parts: [] };
  if (part.type.startsWith('multipart/') && part.params.boundary) {
    part.parts = splitMultipart(body, part.params.boundary).map(parsePart);
  }
  return part;
}

function parseHeaders(head) {
  const headers = {};
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = decodeWords(Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8'));
    (headers[name] ??= []).push(value);
  }
  return headers;
}

/** `text/plain; charset="utf-8"` → { value: 'text/plain', params: { charset: 'utf-8' } } */
function parseParams(header) {
  const [value, ...rest] = header.split(';');
  const params = {};
  for (const item of rest) {
    const eq = item.indexOf('=');
    if (eq === -1) continue;
    params[item.slice(0, eq).trim().toLowerCase()] = item.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return { value: value.trim(), params };
}

function splitMultipart(body, boundary) {
  const delimiter = `--${boundary}`;
  const parts = [];
  let current = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(delimiter)) {
      if (current !== null) parts.push(current.join('\r\n'));
      if (line.startsWith(`${delimiter}--`)) return parts;
      current = [];
    } else if (current !== null) {
      current.push(line);
    }
  }
  if (current !== null) parts.push(current.join('\r\n'));
  return parts;
}

function collectBodies(part, bodies) {
  if (part.parts.length > 0) {
    for (const child of part.parts) collectBodies(child, bodies);
    return;
  }
  if (/^attachment/i.test(part.headers['content-disposition']?.[0] ?? '')) return;
  const key = part.type === 'text/plain' ? 'text' : part.type === 'text/html' ? 'html' : null;
  if (key && bodies[key] === null) {
    const encoding = (part.headers['content-transfer-encoding']?.[0] ?? '7bit').toLowerCase();
    bodies[key] = decodeCharset(decodeTransfer(part.body, encoding), part.params.charset).replace(/\r\n/g, '\n').replace(/\n$/, '');
  }
}

/** Content-Transfer-Encoding → bytes. */
function decodeTransfer(body, encoding) {
  if (encoding === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

function decodeQuotedPrintable(body) {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(soft.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function decodeCharset(bytes, charset = 'utf-8') {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/** RFC 2047 encoded words (`=?UTF-8?Q?R=C4=ABga?=`); whitespace between two of them is dropped. */
function decodeWords(value) {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?[^?]+\?[BbQq]\?[^?]*\?=)/g, '$1')
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g, (_, charset, kind, text) => {
      const bytes =
        kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQuotedPrintable(text.replace(/_/g, ' '));
      return decodeCharset(bytes, charset);
    });
}
