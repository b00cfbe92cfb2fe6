import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AUDIT_ACTIONS,
  type AuditAction,
  type CreateAccessTokenDto,
  type CreateMunicipalityDto,
  type ListAuditQueryDto,
  type ListUsersQueryDto,
  type Locale,
  LOCALES,
  type LocalizedText,
  MAX_PAGE_SIZE,
  type Role,
  ROLES,
} from '@balss/contracts';

class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}

export class ListUsersQuery extends PageQuery implements ListUsersQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class ListAuditQuery extends PageQuery implements ListAuditQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string;
}

export class IdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

export class UserRoleParams extends IdParams {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

class LocalizedTextRequest implements LocalizedText {
  @ApiProperty({ example: 'Rēzekne' })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'lv must not be blank' })
  lv!: string;

  @ApiProperty({ example: 'Резекне' })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'ru must not be blank' })
  ru!: string;

  @ApiProperty({ example: 'Rēzekne' })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'en must not be blank' })
  en!: string;
}

class FirstAdminRequest {
  @ApiProperty({ example: 'admin@rezekne.lv', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Ilze Ozola', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: Locale;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Daugavpils has 25 apkaimes; the largest Latvian novads has a few dozen parishes. */
const MAX_NEIGHBOURHOODS = 200;

class NewNeighbourhoodRequest {
  @ApiProperty({ example: 'centrs', pattern: SLUG.source, maxLength: 63 })
  @Matches(SLUG, { message: 'slug must be lower-case letters and digits separated by single hyphens' })
  @MaxLength(63)
  slug!: string;

  @ApiProperty({ type: LocalizedTextRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextRequest)
  name!: LocalizedTextRequest;
}

export class CreateMunicipalityRequest implements CreateMunicipalityDto {
  @ApiProperty({ example: 'rezekne', pattern: SLUG.source, maxLength: 63 })
  @Matches(SLUG, { message: 'slug must be lower-case letters and digits separated by single hyphens' })
  @MaxLength(63)
  slug!: string;

  // IsObject: ValidateNested alone lets a missing object through, and the service would then fail (500).
  @ApiProperty({ type: LocalizedTextRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextRequest)
  name!: LocalizedTextRequest;

  @ApiProperty({ type: FirstAdminRequest })
  @IsObject()
  @ValidateNested()
  @Type(() => FirstAdminRequest)
  admin!: FirstAdminRequest;

  @ApiPropertyOptional({ type: [NewNeighbourhoodRequest], maxItems: MAX_NEIGHBOURHOODS })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_NEIGHBOURHOODS)
  @ArrayUnique((n: NewNeighbourhoodRequest | null) => n?.slug, { message: 'neighbourhoods must have different slugs' })
  @ValidateNested({ each: true })
  @Type(() => NewNeighbourhoodRequest)
  neighbourhoods?: NewNeighbourhoodRequest[];
}

export class CreateAccessTokenRequest implements CreateAccessTokenDto {
  @ApiProperty({ example: 'Nightly export script', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 90 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiresInDays?: number;
}
