import { Body, Controller, Module, Param, Post } from '@nestjs/common';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import { IdentityModule, Transactions, UserService } from '@balss/domains/identity';
import { MunicipalityModule, MunicipalityService } from '@balss/domains/municipality';
import { Public } from '@balss/platform/auth';

class ProbeUserRequest {
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  displayName!: string;

  @IsEmail()
  @MaxLength(254)
  email!: string;
}

/**
 * A write endpoint that exists only in this test app, to prove "unknown field, wrong type, oversize
 * body → 4xx and nothing stored" on a real write through the global pipe, filter, guards and
 * PostgreSQL. Public, so only the CSRF check stands in front of it (the tests send the token).
 */
@Controller('e2e-probe')
class ProbeController {
  constructor(
    private readonly users: UserService,
    private readonly municipalities: MunicipalityService,
    private readonly transactions: Transactions,
  ) {}

  @Post('municipalities/:slug/users')
  @Public()
  async create(@Param('slug') slug: string, @Body() body: ProbeUserRequest): Promise<{ id: string }> {
    const municipalityId = await this.municipalities.requireIdBySlug(slug);
    const user = await this.transactions.run((tx) =>
      this.users.createAccount(tx, { municipalityId, email: body.email, displayName: body.displayName, locale: 'lv' }),
    );
    return { id: user.id };
  }
}

@Module({ controllers: [ProbeController], imports: [IdentityModule, MunicipalityModule] })
export class ProbeModule {}
