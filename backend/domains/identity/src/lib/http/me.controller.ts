import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AccessTokenDto, CreatedAccessTokenDto, CurrentUserDto, PersonalDataExportDto, SessionSummaryDto } from '@balss/contracts';
import { type Actor, CurrentActor, RequirePermission } from '@balss/platform/auth';
import { CurrentUserService } from '../accounts/current-user.service';
import { OwnAccountService } from '../accounts/own-account.service';
import { PersonalDataService } from '../accounts/personal-data.service';
import type { HttpRequest, HttpResponse } from '../auth/http';
import { CreateAccessTokenRequest, IdParams } from '../dto/admin.requests';
import { ChangePasswordRequest, EraseAccountRequest } from '../dto/auth.requests';
import { SignInService } from '../sessions/sign-in.service';
import { AccessTokenService } from '../tokens/access-token.service';
import { ClientIpPrefix } from './client-ip.decorator';

/** The signed-in person's own account. Routes: AuthRoutes.me… */
@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly currentUser: CurrentUserService,
    private readonly ownAccount: OwnAccountService,
    private readonly personalData: PersonalDataService,
    private readonly accessTokens: AccessTokenService,
    private readonly signIns: SignInService,
  ) {}

  @Get()
  @RequirePermission('account:read-own')
  @ApiOperation({ summary: 'Who is signed in: account, municipality, roles and permissions' })
  me(@CurrentActor() actor: Actor): Promise<CurrentUserDto> {
    return this.currentUser.describe(actor);
  }

  @Get('export')
  @RequirePermission('account:export-own')
  @ApiOperation({ summary: 'Everything stored about me, as JSON' })
  export(@CurrentActor() actor: Actor): Promise<PersonalDataExportDto> {
    return this.personalData.export(actor);
  }

  @Delete()
  @RequirePermission('account:erase-own')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Erases my account (password, or a sign-in within 10 minutes); keeps an anonymous tombstone' })
  async erase(
    @CurrentActor() actor: Actor,
    @Body() body: EraseAccountRequest,
    @ClientIpPrefix() ip: string | null,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<void> {
    await this.personalData.erase(actor, body, ip);
    await this.signIns.signOut(request, response);
  }

  @Put('password')
  @RequirePermission('account:manage-own')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Changes my password (needs the current one); signs out my other sessions' })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordRequest, @ClientIpPrefix() ip: string | null): Promise<void> {
    return this.ownAccount.changePassword(actor, body, ip);
  }

  @Get('sessions')
  @RequirePermission('account:read-own')
  @ApiOperation({ summary: 'My signed-in browsers' })
  sessions(@CurrentActor() actor: Actor): Promise<SessionSummaryDto[]> {
    return this.ownAccount.listSessions(actor);
  }

  @Delete('sessions/:id')
  @RequirePermission('account:manage-own')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Signs out one of my sessions' })
  revokeSession(@CurrentActor() actor: Actor, @Param() params: IdParams): Promise<void> {
    return this.ownAccount.revokeSession(actor, params.id);
  }

  @Get('tokens')
  @RequirePermission('account:read-own')
  @ApiOperation({ summary: 'My personal access tokens (without their secrets)' })
  tokens(@CurrentActor() actor: Actor): Promise<AccessTokenDto[]> {
    return this.accessTokens.list(actor);
  }

  @Post('tokens')
  @RequirePermission('account:manage-own')
  @ApiOperation({ summary: 'Creates a personal access token; the secret is in this answer only' })
  createToken(@CurrentActor() actor: Actor, @Body() body: CreateAccessTokenRequest, @ClientIpPrefix() ip: string | null): Promise<CreatedAccessTokenDto> {
    return this.accessTokens.create(actor, body, ip);
  }

  @Delete('tokens/:id')
  @RequirePermission('account:manage-own')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revokes one of my personal access tokens' })
  revokeToken(@CurrentActor() actor: Actor, @Param() params: IdParams, @ClientIpPrefix() ip: string | null): Promise<void> {
    return this.accessTokens.revoke(actor, params.id, ip);
  }
}
