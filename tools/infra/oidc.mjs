// A real OpenID Connect provider on loopback (the `oidc-provider` npm package), standing in for
// Latvija.lv / eParaksts / Smart-ID in `npm start` (demo mode) and in the tests. It issues ID tokens
// that carry the person's personas kods in the `personal_code` claim, with name and birthdate.
//
//   import { startOidcProvider, DEMO_RESIDENTS } from './tools/infra/oidc.mjs';
//   const op = await startOidcProvider({
//     port: 0,                                     // 0 = any free port
//     clients: [{ clientId: 'balss-demo', clientSecret: '…', redirectUris: ['http://localhost:3000/api/auth/eid/callback'] }],
//     accounts: DEMO_RESIDENTS,                    // [{ accountId, name, givenName, familyName, birthdate, personalCode }]
//   });
//   op.issuer   // http://127.0.0.1:<port>  (what Balss's eid_provider.issuer_url must say)
//   await op.stop();
//
// Signing in: the authorization endpoint redirects to GET /interaction/<uid>, a small page listing the
// accounts; POST /interaction/<uid>/login with `account=<accountId>` (or `/abort`) finishes it, consent
// included (the demo asks no questions). Tests drive these two requests with an HTTP client.
//
// `tamper.idToken(claims)` (tests only) rewrites the claims of every ID token the token endpoint
// returns and re-signs it with the provider's own key: a correctly signed token from the right issuer
// that says something else (another audience, another nonce) — the hostile cases a client must refuse.
//
// As a command: node tools/infra/oidc.mjs [--port 4000] [--client balss-demo:secret:http://localhost:3000/api/auth/eid/callback]…
//   [--tamper-id-token '{"aud":"someone-else"}']   (tests: merge these claims into every ID token)
// prints one JSON line {"issuer"} and runs until Ctrl-C or SIGTERM.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** The demo e-ID people (made-up codes with valid checksums); see oidc-demo-residents.json. */
export const DEMO_RESIDENTS = JSON.parse(
  fs.readFileSync(path.join(HERE, 'oidc-demo-residents.json'), 'utf8'),
).residents;

/** Claims per scope. The personal code comes with `openid` itself: it is what e-ID is for. */
const CLAIMS = {
  openid: ['sub', 'personal_code'],
  profile: ['name', 'given_name', 'family_name', 'birthdate'],
};

export async function startOidcProvider({
  port = 0,
  host = '127.0.0.1',
  clients = [],
  accounts = DEMO_RESIDENTS,
  tamper = {},
  log = () => {},
} = {}) {
  // oidc-provider warns on every start that Node 20 is not its preferred runtime; it works on 20.19+.
  const { default: Provider, errors } = await withoutRuntimeWarning(() => import('oidc-provider'));
  const { SignJWT, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK } = await import('jose');

  const server = http.createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const issuer = `http://${host}:${server.address().port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingJwk = { ...(await exportJWK(privateKey)), kid: crypto.randomUUID(), alg: 'RS256', use: 'sig' };
  const byId = new Map(accounts.map((a) => [a.accountId, a]));

  const provider = withoutRuntimeWarning(
    () =>
      new Provider(issuer, {
        clients: clients.map((c) => ({
          client_id: c.clientId,
          ...(c.clientSecret
            ? { client_secret: c.clientSecret, token_endpoint_auth_method: 'client_secret_basic' }
            : { token_endpoint_auth_method: 'none' }),
          redirect_uris: c.redirectUris,
          grant_types: ['authorization_code'],
          response_types: ['code'],
        })),
        jwks: { keys: [signingJwk] },
        claims: CLAIMS,
        // Put the scope's claims into the ID token itself (the client reads the personal code from it).
        conformIdTokenClaims: false,
        pkce: { required: () => true },
        cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
        features: { devInteractions: { enabled: false } },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        ttl: { AuthorizationCode: 60, IdToken: 600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
        findAccount: async (_ctx, sub) => {
          const account = byId.get(sub);
          return account ? { accountId: sub, claims: async () => claimsOf(account) } : undefined;
        },
        renderError: async (ctx, out) => {
          ctx.type = 'html';
          ctx.body = page('Error', `<p>${escape(out.error)}: ${escape(out.error_description ?? '')}</p>`);
        },
      }),
  );
  provider.on('server_error', (_ctx, error) => log(`oidc server_error: ${error.stack ?? error}`));

  if (typeof tamper.idToken === 'function') {
    const key = await importJWK(signingJwk, 'RS256');
    provider.use(async (ctx, next) => {
      await next();
      if (ctx.path === '/token' && ctx.status === 200 && ctx.body && typeof ctx.body.id_token === 'string') {
        const claims = tamper.idToken(decodeJwt(ctx.body.id_token));
        const header = decodeProtectedHeader(ctx.body.id_token);
        ctx.body = {
          ...ctx.body,
          id_token: await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: header.kid }).sign(key),
        };
      }
    });
  }

  const oidcCallback = provider.callback();
  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) {
      oidcCallback(req, res);
      return;
    }
    handleInteraction(provider, errors, byId, req, res, match[2] ?? '').catch((error) => {
      log(`oidc interaction failed: ${error.stack ?? error}`);
      if (!res.headersSent) {
        res.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page('Sign-in failed', `<p>${escape(error.message)}</p>`));
      }
    });
  });

  let stopping = null;
  return {
    issuer,
    port: server.address().port,
    provider,
    /** Closes the server and every open connection; nothing keeps the process alive afterwards. */
    stop: () =>
      (stopping ??= new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      })),
  };
}

function claimsOf(account) {
  return {
    sub: account.accountId,
    personal_code: account.personalCode,
    name: account.name,
    given_name: account.givenName,
    family_name: account.familyName,
    birthdate: account.birthdate,
  };
}

async function handleInteraction(provider, errors, byId, req, res, action) {
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (error) {
    if (error instanceof errors.SessionNotFound)
      throw new Error('This sign-in has expired or was already completed. Start again from Balss.');
    throw error;
  }
  const { uid, params, prompt } = details;
  if (req.method === 'GET' && action === '') {
    const client = await provider.Client.find(params.client_id);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(loginPage(uid, client?.clientId ?? params.client_id, [...byId.values()]));
    return;
  }
  if (req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  if (action === '/abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The person cancelled the sign-in.' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  const form = new URLSearchParams(await readBody(req));
  const account = byId.get(form.get('account') ?? '');
  if (!account) throw new Error('Choose one of the listed people.');
  // The demo grants what the client asked for without a consent screen: the login is the consent.
  const grant = new provider.Grant({ accountId: account.accountId, clientId: params.client_id });
  grant.addOIDCScope(String(params.scope ?? 'openid'));
  if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.accountId }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) reject(new Error('Request too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function loginPage(uid, clientId, accounts) {
  const options = accounts
    .map(
      (a, i) =>
        `<li><label><input type="radio" name="account" value="${escape(a.accountId)}"${i === 0 ? ' checked' : ''}> ` +
        `<strong>${escape(a.name)}</strong> — ${escape(a.personalCode)}, dz. ${escape(a.birthdate)}` +
        `${a.expect ? ` <small>(${escape(a.expect)})</small>` : ''}</label></li>`,
    )
    .join('\n');
  return page(
    'Demo e-ID',
    `<p>Demo e-ID for <code>${escape(clientId)}</code>. Choose who signs in — in production this is Latvija.lv, eParaksts or Smart-ID.</p>
<form method="post" action="/interaction/${escape(uid)}/login">
  <fieldset><legend>Demo people / Demo personas</legend><ul>${options}</ul></fieldset>
  <button type="submit">Sign in / Pieslēgties</button>
</form>
<form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Cancel / Atcelt</button></form>`,
  );
}

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}ul{list-style:none;padding:0}li{margin:.5rem 0}button{margin-top:1rem;font-size:1rem}</style>
</head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

function escape(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/**
 * oidc-provider warns that Node 20 is not its preferred runtime (it works on 20.19+) and that its
 * in-memory store is for development — both true and both expected here, so they are not printed.
 */
function withoutRuntimeWarning(load) {
  const original = console.warn;
  console.warn = (...args) =>
    /oidc-provider WARNING|Unsupported runtime|in-memory adapter/.test(String(args[0])) ? undefined : original(...args);
  const restore = () => (console.warn = original);
  try {
    const result = load();
    if (result instanceof Promise) return result.finally(restore);
    restore();
    return result;
  } catch (error) {
    restore();
    throw error;
  }
}

// Run as a command.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i === -1 ? fallback : args[i + 1];
  };
  const clients = args
    .flatMap((a, i) => (a === '--client' ? [args[i + 1]] : []))
    .map((spec) => {
      const [clientId, clientSecret, ...uri] = spec.split(':');
      return { clientId, clientSecret: clientSecret || undefined, redirectUris: [uri.join(':')] };
    });
  const override = arg('tamper-id-token', null);
  const tamper = override ? { idToken: (claims) => ({ ...claims, ...JSON.parse(override) }) } : {};
  const op = await startOidcProvider({
    port: Number(arg('port', 4000)),
    clients,
    tamper,
    log: (line) => console.error(line),
  });
  console.log(JSON.stringify({ issuer: op.issuer }));
  const stop = () => op.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
