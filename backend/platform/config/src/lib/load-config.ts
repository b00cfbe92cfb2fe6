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
  if (errors.length > 0) {
    throw new InvalidConfigError(
      errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`),
    );
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
    { password: env.QUEUE_DASHBOARD_PASSWORD ?? null },
    env.DEMO_MODE,
    { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY },
    env.PUBLIC_URL,
    {
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: env.SESSION_ABSOLUTE_HOURS,
      rateLimitPerIp: env.AUTH_RATE_LIMIT_PER_IP,
      rateLimitPerAccount: env.AUTH_RATE_LIMIT_PER_ACCOUNT,
    },
  );
}
