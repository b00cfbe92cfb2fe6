import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { MunicipalityEntity } from '@balss/domains/municipality';

/**
 * The OpenID Connect provider a municipality's residents sign in with (one per municipality).
 *
 * The client secret is not in this table: `client_secret_env` names an environment variable
 * `EID_CLIENT_SECRET_<NAME>` that the operator sets next to DATABASE_URL, and config loads all of
 * them at boot. A database dump or backup then holds no usable credential, rotating a secret is an
 * ordinary deployment change, and the check constraint keeps a row from naming any other variable
 * (DATABASE_URL, …). Null: a public client (PKCE only, `token_endpoint_auth_method=none`).
 */
@Entity({ name: 'eid_provider' })
@Unique('eid_provider_municipality_id_key', ['municipalityId'])
@Check('eid_provider_issuer_url_check', `"issuer_url" ~ '^https?://[^\\s]+$'`)
@Check('eid_provider_client_secret_env_check', `"client_secret_env" ~ '^EID_CLIENT_SECRET_[A-Z0-9_]+$'`)
@Check('eid_provider_scopes_check', `' ' || "scopes" || ' ' LIKE '% openid %'`)
export class EidProviderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'eid_provider_pkey' })
  id!: string;

  @ForeignKey(() => MunicipalityEntity, { name: 'eid_provider_municipality_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId!: string;

  /** Exactly as the provider's discovery document states it (`iss` of its tokens). */
  @Column({ name: 'issuer_url', type: 'text' })
  issuerUrl!: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId!: string;

  @Column({ name: 'client_secret_env', type: 'varchar', length: 100, nullable: true })
  clientSecretEnv!: string | null;

  /** Space-separated; must contain `openid`. */
  @Column({ type: 'text', default: 'openid profile' })
  scopes!: string;

  /** The ID-token claim that carries the personas kods (provider-specific). */
  @Column({ name: 'personal_code_claim', type: 'varchar', length: 100, default: 'personal_code' })
  personalCodeClaim!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
