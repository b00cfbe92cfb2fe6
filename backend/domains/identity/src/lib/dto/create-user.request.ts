import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import type { CreateUserDto } from '@balss/contracts';

export class CreateUserRequest implements CreateUserDto {
  @ApiProperty({ example: 'Anna Bērziņa', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName!: string;

  @ApiProperty({ example: 'anna@example.lv', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}
