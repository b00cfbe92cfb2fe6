import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';
import { EnvironmentVariables } from './environment-variables';

/** Thrown at boot when the environment is incomplete or wrong; the process must not start. */
export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidConfigError';
  }
}

/** Validates the raw environment once and turns it into the typed, namespaced AppConfig. */
export function loadConfig(raw: Record<string, string | undefined>): AppConfig {
  const env = plainToInstance(EnvironmentVariables, raw, { enableImplicitConversion: false });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: true });
  const problems = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
  if (env.NODE_ENV === 'production' && env.PERSONAL_CODE_HMAC_SECRET === undefined) {
    problems.push('PERSONAL_CODE_HMAC_SECRET: required in production (a random value of at least 32 characters)');
  }
  const eidClientSecrets = eidClientSecretsOf(raw);
  problems.push(...eidClientSecrets.problems);
  if (problems.length > 0) {
    throw new InvalidConfigError(problems);
  }
  return new AppConfig(
    env.NODE_ENV,
    {
      port: env.PORT,
      host: env.HOST,
      bodyLimit: env.BODY_LIMIT,
      webDistPath: env.WEB_DIST_PATH ?? null,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      trustProxy: env.TRUST_PROXY,
    },
    { url: env.DATABASE_URL },
    { url: env.REDIS_URL },
    { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    env.DEMO_MODE,
    { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
    env.PUBLIC_URL,
    {
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.SESSION_ABSOLUTE_HOURS,
      rateLimitPerIp: env.AUTH_RATE_LIMIT_PER_IP,
      rateLimitPerAccount: env.AUTH_RATE_LIMIT_PER_ACCOUNT,
    },
    { hmacSecret: env.PERSONAL_CODE_HMAC_SECRET ?? DEMO_PERSONAL_CODE_HMAC_SECRET },
    { demoIssuerUrl: env.EID_DEMO_ISSUER_URL ?? null, clientSecrets: eidClientSecrets.secrets },
  );
}

/**
 * The HMAC key outside production (demo, tests, development): public, so hashes made with it protect
 * nothing — which is fine for demo residents and refused in production by loadConfig.
 */
export const DEMO_PERSONAL_CODE_HMAC_SECRET = 'balss-demo-personal-code-hmac-key-not-secret';

const EID_CLIENT_SECRET_VARIABLE = /^EID_CLIENT_SECRET_[A-Z0-9_]+$/;

/**
 * e-ID client secrets, one variable per provider configuration (`EID_CLIENT_SECRET_DAUGAVPILS`):
 * the eid_provider table names the variable, so secrets stay out of the database.
 */
function eidClientSecretsOf(raw: Record<string, string | undefined>): { secrets: Map<string, string>; problems: string[] } {
  const secrets = new Map<string, string>();
  const problems: string[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (!EID_CLIENT_SECRET_VARIABLE.test(name) || value === undefined) {
      continue;
    }
    if (value.trim() === '') {
      problems.push(`${name}: must not be empty`);
    } else {
      secrets.set(name, value);
    }
  }
  return { secrets, problems };
}
