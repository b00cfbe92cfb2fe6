import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  type AdultInvitationTokenDto,
  type ConfirmAdultInvitationDto,
  type CreateYouthCodeBatchDto,
  type Locale,
  LOCALES,
  PASSWORD_MAX_LENGTH,
  type RedeemYouthCodeDto,
  type ResponsibleAdultDto,
  YOUTH_CODE_BATCH_MAX_SIZE,
} from '@balss/contracts';

/** A visible character somewhere, and no control characters (they would end up in e-mail headers). */
const PRINTABLE = /^[^\p{Cc}]*\S[^\p{Cc}]*$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateYouthCodeBatchRequest implements CreateYouthCodeBatchDto {
  @ApiProperty({ example: 'Daugavpils Bērnu un jauniešu centrs "Jaunība"', maxLength: 120 })
  @IsString()
  @MaxLength(120)
  @Matches(PRINTABLE, { message: 'issuerName must not be blank' })
  issuerName!: string;

  @ApiProperty({ minimum: 1, maximum: YOUTH_CODE_BATCH_MAX_SIZE, example: 30 })
  @IsInt()
  @Min(1)
  @Max(YOUTH_CODE_BATCH_MAX_SIZE)
  size!: number;

  @ApiProperty({ example: '2027-06-30', description: 'Last day the codes work (Europe/Riga), inclusive' })
  @Matches(ISO_DATE, { message: 'expiresOn must be a date in the form YYYY-MM-DD' })
  expiresOn!: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class ResponsibleAdultRequest implements ResponsibleAdultDto {
  @ApiProperty({ example: 'Inese', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(PRINTABLE, { message: 'name must not be blank' })
  name!: string;

  @ApiProperty({ example: 'inese@example.lv', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class RedeemYouthCodeRequest implements RedeemYouthCodeDto {
  @ApiProperty({ example: 'ABCD-EFGH-JK', description: 'As typed: case, spaces and hyphens do not matter' })
  @IsString()
  @MaxLength(32)
  code!: string;

  @ApiProperty({ example: 'Skeitere', maxLength: 40, description: 'A nickname, not a real name' })
  @IsString()
  @MaxLength(40)
  @Matches(PRINTABLE, { message: 'displayName must not be blank' })
  displayName!: string;

  @ApiProperty({ example: 'jauniete@example.lv', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 12, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;

  @ApiProperty({ example: '2011-04-15' })
  @Matches(ISO_DATE, { message: 'birthDate must be a date in the form YYYY-MM-DD' })
  birthDate!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: Locale;

  @ApiPropertyOptional({ type: ResponsibleAdultRequest, description: 'Required under 18, refused from 18' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResponsibleAdultRequest)
  responsibleAdult?: ResponsibleAdultRequest;
}

export class InvitationTokenRequest implements AdultInvitationTokenDto {
  @ApiProperty({ description: 'The token from the link (#token=…)' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token must be the value from the link' })
  token!: string;
}

export class ConfirmAdultInvitationRequest extends InvitationTokenRequest implements ConfirmAdultInvitationDto {
  @ApiProperty({ example: '1980-02-01', description: 'Checked (18+), not stored' })
  @Matches(ISO_DATE, { message: 'birthDate must be a date in the form YYYY-MM-DD' })
  birthDate!: string;
}

export class BatchIdParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  batchId!: string;
}
