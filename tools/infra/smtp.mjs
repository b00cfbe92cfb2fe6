// Local SMTP capture for `npm start` and `npm test`: accepts every mail the worker sends (any
// sender, any recipient, any credentials), keeps it, and serves it on loopback so people and
// browser tests can read it — e.g. to open an e-mail verification link.
//
//   import { startSmtpCapture } from './tools/infra/smtp.mjs';
//   const mail = await startSmtpCapture({ port: 0 });  // port 0 = any free port
//   // SMTP_URL=mail.smtpUrl for the worker; mail.httpUrl for the reader:
//   //   GET /              inbox page (HTML)
//   //   GET /messages      JSON, newest first; ?to=<address> filters by recipient,
//   //                      ?wait=<ms> waits up to that long for a first match
//   //   GET /messages/:id  one message;  DELETE /messages  forget them all
//   await mail.stop();
//
// As a command: node tools/infra/smtp.mjs [--port 1025] [--http-port 1080] [--dir .data/mail]
// prints one JSON line {"smtpUrl","httpUrl"} and runs until Ctrl-C.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { renderInbox } from './mailbox-page.mjs';
import { parseMessage } from './mailbox-parse.mjs';

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export async function startSmtpCapture({ port = 1025, httpPort = 0, dir, host = '127.0.0.1', log = () => {} } = {}) {
  const store = createStore(dir);
  const smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true, // loopback only; lets an SMTP_URL with credentials work unchanged
    closeTimeout: 1_000,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    size: MAX_MESSAGE_BYTES,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anyone' }),
    onData: (stream, session, callback) => {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          return callback(Object.assign(new Error('Message too large for the local capture'), { responseCode: 552 }));
        }
        try {
          const message = store.add(session.envelope, Buffer.concat(chunks));
          log(`captured mail ${message.id} to ${message.envelope.rcptTo.join(', ')}: ${message.subject}`);
          callback(null, `Captured as ${message.id}`);
        } catch (error) {
          callback(error);
        }
      });
    },
  });
  smtp.on('error', (error) => log(`SMTP capture error: ${error.message}`));
  await listen(smtp.server, port, host);
  const web = http.createServer((req, res) => handleHttp(store, req, res));
  await listen(web, httpPort, host);
  const smtpPort = smtp.server.address().port;
  const webPort = web.address().port;
  let stopping = null;
  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    httpUrl: `http://${host}:${webPort}`,
    smtpPort,
    httpPort: webPort,
    /** Closes both servers and their connections; nothing keeps the process alive afterwards. */
    stop: () =>
      (stopping ??= Promise.all([
        new Promise((resolve) => smtp.close(resolve)),
        new Promise((resolve) => {
          web.close(resolve);
          web.closeAllConnections();
        }),
      ]).then(() => store.cancelWaits())),
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Messages in memory, newest first; mirrored as one JSON file each in `dir` when given. */
function createStore(dir) {
  const messages = [];
  const waiters = new Set();
  let seq = 0;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    for (const file of fs.readdirSync(dir).filter((f) => /^\d+\.json$/.test(f))) {
      try {
        messages.push(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
      } catch {
        // A half-written file from a killed run: skip it rather than refuse to start.
      }
    }
    messages.sort((a, b) => Number(b.id) - Number(a.id));
    seq = messages.length ? Number(messages[0].id) : 0;
  }
  return {
    add(envelope, raw) {
      seq += 1;
      const message = {
        id: String(seq),
        receivedAt: new Date().toISOString(),
        envelope: { mailFrom: envelope.mailFrom ? envelope.mailFrom.address : null, rcptTo: envelope.rcptTo.map((r) => r.address) },
        size: raw.length,
        ...parseMessage(raw),
      };
      messages.unshift(message);
      if (dir) fs.writeFileSync(path.join(dir, `${message.id}.json`), JSON.stringify(message, null, 2));
      for (const wake of waiters) wake();
      return message;
    },
    list: (filter) => messages.filter((m) => !filter.to || m.envelope.rcptTo.some((r) => r.toLowerCase() === filter.to.toLowerCase())),
    get: (id) => messages.find((m) => m.id === id) ?? null,
    clear() {
      if (dir) for (const m of messages) fs.rmSync(path.join(dir, `${m.id}.json`), { force: true });
      messages.length = 0;
    },
    /** Resolves on the next captured message or after `ms`, whichever comes first. */
    waitForNext(ms) {
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        waiters.add(wake);
      });
    },
    cancelWaits: () => [...waiters].forEach((wake) => wake()),
  };
}

async function handleHttp(store, req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const json = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  try {
    if (req.method === 'GET' && url.pathname === '/messages') {
      const filter = { to: url.searchParams.get('to') };
      const deadline = Date.now() + Math.min(Number(url.searchParams.get('wait')) || 0, 60_000);
      while (store.list(filter).length === 0 && Date.now() < deadline) await store.waitForNext(deadline - Date.now());
      return json(200, store.list(filter));
    }
    const one = /^\/messages\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && one) {
      const message = store.get(decodeURIComponent(one[1]));
      return message ? json(200, message) : json(404, { message: 'No such message' });
    }
    if (req.method === 'DELETE' && url.pathname === '/messages') {
      store.clear();
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/clear') {
      store.clear();
      res.writeHead(303, { location: '/' }).end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/') {
      const selected = url.searchParams.has('id') ? store.get(url.searchParams.get('id')) : null;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(renderInbox(store.list({}), selected));
      return;
    }
    json(404, { message: 'Not found' });
  } catch (error) {
    json(500, { message: error instanceof Error ? error.message : String(error) });
  }
}

// Run as a command.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const capture = await startSmtpCapture({
    port: Number(arg('port', 1025)),
    httpPort: Number(arg('http-port', 1080)),
    dir: arg('dir', undefined),
    log: (line) => console.error(line),
  });
  console.log(JSON.stringify({ smtpUrl: capture.smtpUrl, httpUrl: capture.httpUrl }));
  const stop = () => capture.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
