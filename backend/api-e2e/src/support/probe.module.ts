import { Body, Controller, Module, Param, Post } from '@nestjs/common';
import type { UserDto } from '@balss/contracts';
import { CreateUserRequest, IdentityModule, UserService } from '@balss/domains/identity';

/**
 * A write endpoint that exists only in this test app. The foundation ships no unauthenticated write
 * route (sign-up arrives with issue 3, with access checks), yet "unknown field, wrong type, oversize
 * body → 4xx and nothing stored" must be proven on a real write: this controller is as thin as a
 * production one and calls the real UserService, so the global pipe, filter, body limit and
 * PostgreSQL all take part. Issue 3 should point these tests at its real sign-up route.
 */
@Controller('e2e-probe')
class ProbeController {
  constructor(private readonly users: UserService) {}

  @Post('municipalities/:slug/users')
  create(@Param('slug') slug: string, @Body() body: CreateUserRequest): Promise<UserDto> {
    return this.users.create(slug, body);
  }
}

@Module({ controllers: [ProbeController], imports: [IdentityModule] })
export class ProbeModule {}
