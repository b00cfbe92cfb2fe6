/**
 * The validated configuration of a Balss process. It is injected by its class (`AppConfig`), so a
 * service asks for `config: AppConfig` and gets typed, namespaced values; `process.env` is read only
 * by `loadConfig`, once, at boot.
 */
export class AppConfig {
  constructor(
    readonly nodeEnv: 'development' | 'production' | 'test',
    readonly http: {
      readonly port: number;
      readonly host: string;
      /** Largest accepted request body, in the `bytes` package's notation ("100kb"). */
      readonly bodyLimit: string;
      /** Built Angular app served from the api's own origin; null when a separate web server does. */
      readonly webDistPath: string | null;
      /** Requests a client may send per minute before 429 (per IP). */
      readonly rateLimitPerMinute: number;
      readonly trustProxy: boolean;
    },
    readonly database: { readonly url: string },
    readonly redis: { readonly url: string },
    readonly mail: { readonly smtpUrl: string; readonly from: string },
    /** Demo mode loads the Daugavpils demo data and allows the printed demo logins. */
    readonly demo: boolean,
    readonly log: { readonly level: LogLevel; readonly pretty: boolean },
    /** Origin of the web app (`https://balss.example.lv`): e-mailed links start with it. */
    readonly publicUrl: string,
    readonly auth: {
      /** Sliding expiry: minutes without a request before a session ends. */
      readonly sessionIdleMinutes: number;
      /** Absolute expiry: hours after sign-in when a session ends regardless. */
      readonly sessionAbsoluteHours: number;
      /** Per-IP and per-account attempt limits (per 15 minutes) of sign-in, recovery and code redemption. */
      readonly rateLimitPerIp: number;
      readonly rateLimitPerAccount: number;
    },
    /**
     * Personal codes (personas kods) are stored only as HMAC-SHA-256 with this secret (e-ID links and
     * the voter register); changing it orphans every stored hash, so it is rotated only with a re-import.
     */
    readonly personalCodes: { readonly hmacSecret: string },
    readonly eid: {
      /** Issuer of the loopback demo provider (tools/infra/oidc.mjs); the demo seed points Daugavpils at it. */
      readonly demoIssuerUrl: string | null;
      /** `EID_CLIENT_SECRET_<NAME>` variables by name; `eid_provider.client_secret_env` names one. */
      readonly clientSecrets: ReadonlyMap<string, string>;
    },
  ) {}
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
