import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { LOG_LEVELS, type LogLevel } from './app-config';

const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/** Every environment variable a Balss process reads, with its default. The README's table mirrors this. */
export class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL!: string;

  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// URL' })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  MAIL_FROM = 'Balss <no-reply@balss.local>';

  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 100kb' })
  BODY_LIMIT = '100kb';

  @IsOptional()
  @IsString()
  WEB_DIST_PATH?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 600;

  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  @Transform(toBool)
  @IsBoolean()
  DEMO_MODE = false;

  /** Origin of the web app as people reach it; links in e-mails start with it. */
  @Matches(/^https?:\/\/[^/\s]+$/, { message: 'PUBLIC_URL must be an origin like https://balss.daugavpils.lv (no path, no trailing slash)' })
  PUBLIC_URL = 'http://localhost:3000';

  /** A session ends after this many minutes without a request (sliding expiry). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  /** A session ends this many hours after sign-in, however active (absolute expiry). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  SESSION_ABSOLUTE_HOURS = 8;

  /** Sign-in, recovery and code-redemption attempts per client IP per 15 minutes (per endpoint). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_IP = 30;

  /** The same attempts per account (e-mail address, code) per 15 minutes, from any number of IPs. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_ACCOUNT = 10;

  /**
   * Key of the HMAC that stands in for every stored personas kods. Required in production (at least
   * 32 characters, from a secret store); elsewhere a fixed, public demo value is used.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'PERSONAL_CODE_HMAC_SECRET must be at least 32 characters' })
  PERSONAL_CODE_HMAC_SECRET?: string;

  /** Issuer URL of the demo e-ID provider that `npm start` and the browser tests run on loopback. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'EID_DEMO_ISSUER_URL must be an http(s) URL' })
  EID_DEMO_ISSUER_URL?: string;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevel = 'info';

  @Transform(toBool)
  @IsBoolean()
  LOG_PRETTY = false;
}
