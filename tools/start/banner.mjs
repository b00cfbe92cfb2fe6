// The "it is running" message of `npm start`: where to click and how to log in.
import fs from 'node:fs';
import path from 'node:path';

/** Demo accounts live in tools/start/demo-logins.json, written alongside the seed that creates them. */
function demoLogins(root) {
  try {
    const file = JSON.parse(fs.readFileSync(path.join(root, 'tools/start/demo-logins.json'), 'utf8'));
    return Array.isArray(file.logins) ? file.logins : [];
  } catch {
    return [];
  }
}

/** The demo e-ID people: pick one on the demo provider's page after "Sign in with e-ID". */
function eidLines(eid, base) {
  if (!eid?.residents?.length) return [];
  return [
    `  Demo e-ID     ${base}/api/auth/eid/daugavpils/start   (provider ${eid.issuer}; choose a person there)`,
    ...eid.residents.map((r) => `    ${String(r.name).padEnd(18)}${String(r.personalCode).padEnd(15)}${String(r.birthdate).padEnd(13)}${r.expect ?? ''}`),
    '',
  ];
}

export function printBanner({ port, mail, eid, databaseUrl, redisUrl, seconds, root }) {
  const tty = process.stdout.isTTY;
  const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
  const green = (s) => (tty ? `\x1b[32m${s}\x1b[0m` : s);
  const base = `http://localhost:${port}`;
  const logins = demoLogins(root);
  const lines = [
    '',
    green(bold(`Balss is running — ready in ${seconds.toFixed(0)} s`)),
    '',
    `  Open          ${bold(base)}   (PORT=… npm start to change the port)`,
    `  Mail inbox    ${mail.httpUrl ?? (mail.smtpUrl ? `e-mail goes to ${mail.smtpUrl}` : 'none (no mail catcher)')}`,
    `  Queues        ${base}/api/admin/queues   (sign in as the platform administrator)`,
    `  API docs      ${base}/api/docs`,
    '',
    '  Demo logins',
    ...(logins.length
      ? logins.map((l) => `    ${String(l.role).padEnd(16)}${String(l.login).padEnd(40)}${String(l.password).padEnd(22)}${l.note ?? ''}`)
      : ['    (none yet)']),
    '',
    ...eidLines(eid, base),
    `  Database      ${databaseUrl}`,
    `  Redis         ${redisUrl}`,
    '',
    `  Press ${bold('Ctrl-C')} to stop everything. Data stays in .data/ for the next start (delete it to reset).`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
