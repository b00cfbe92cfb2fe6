import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Equals, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import {
  type ChangePasswordDto,
  type EraseAccountDto,
  type Locale,
  LOCALES,
  type LoginDto,
  PASSWORD_MAX_LENGTH,
  type PasswordResetConfirmDto,
  type PasswordResetRequestDto,
  type RegisterDto,
  type ResendVerificationDto,
  type VerifyEmailDto,
} from '@balss/contracts';

// Length rules of new passwords are checked by the password policy (with a reason code); the
// validator only caps sizes so oversized input never reaches argon2.

export class LoginRequest implements LoginDto {
  @ApiProperty({ example: 'anna@example.lv', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class RegisterRequest implements RegisterDto {
  @ApiProperty({ example: 'Anna Bērziņa', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName!: string;

  @ApiProperty({ example: 'anna@example.lv', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale!: Locale;

  @ApiProperty({ example: 'daugavpils', maxLength: 63 })
  @IsString()
  @Matches(/^[a-z0-9-]{1,63}$/, { message: 'municipality must be a municipality slug' })
  municipality!: string;

  @ApiProperty({ minLength: 12, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

export class TokenRequest implements VerifyEmailDto {
  @ApiProperty({ description: 'The token from the e-mailed link' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'token must be the value from the link' })
  token!: string;
}

export class EmailRequest implements ResendVerificationDto, PasswordResetRequestDto {
  @ApiProperty({ example: 'anna@example.lv', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmRequest extends TokenRequest implements PasswordResetConfirmDto {
  @ApiProperty({ minLength: 12, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword!: string;
}

export class ChangePasswordRequest implements ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ minLength: 12, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword!: string;
}

export class EraseAccountRequest implements EraseAccountDto {
  @ApiProperty({ enum: [true], description: 'Must be true: erasure cannot be undone' })
  @Equals(true, { message: 'confirm must be true' })
  confirm!: true;

  @ApiPropertyOptional({ format: 'password', description: 'Required unless you signed in within the last 10 minutes' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}
