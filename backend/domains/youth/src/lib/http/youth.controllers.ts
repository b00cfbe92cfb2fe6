import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdultInvitationPreviewDto, MentorYouthDto, RedeemYouthCodeResponseDto, YouthStatusDto } from '@balss/contracts';
import type { HttpRequest, HttpResponse } from '@balss/domains/identity';
import { type Actor, AuthRateLimit, CurrentActor, Public, RequirePermission } from '@balss/platform/auth';
import { AdultInvitationService } from '../adults/adult-invitation.service';
import { RedemptionService } from '../redemption/redemption.service';
import { YouthStatusService } from '../status/youth-status.service';
import { ConfirmAdultInvitationRequest, InvitationTokenRequest, RedeemYouthCodeRequest, ResponsibleAdultRequest } from './dto/youth.requests';

/** A young person's side: redeeming a code, and their own standing. Routes: YouthRoutes. */
@ApiTags('youth')
@Controller('youth')
export class YouthController {
  constructor(
    private readonly redemption: RedemptionService,
    private readonly status: YouthStatusService,
    private readonly invitations: AdultInvitationService,
  ) {}

  @Post('redeem')
  @Public()
  @AuthRateLimit({ policy: 'code-redemption', accountField: 'code' })
  @ApiOperation({ summary: 'Creates a youth account with a one-time code and signs it in' })
  redeem(
    @Body() body: RedeemYouthCodeRequest,
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<RedeemYouthCodeResponseDto> {
    return this.redemption.redeem(body, request, response);
  }

  @Get('me')
  @RequirePermission('youth:draft-application')
  @ApiOperation({ summary: 'My youth standing: responsible adult status, whether I may submit applications' })
  me(@CurrentActor() actor: Actor): Promise<YouthStatusDto> {
    return this.status.me(actor);
  }

  @Put('me/responsible-adult')
  @RequirePermission('youth:draft-application')
  @ApiOperation({ summary: 'Invites (another) responsible adult; the open invitation stops working' })
  nominate(@CurrentActor() actor: Actor, @Body() body: ResponsibleAdultRequest): Promise<YouthStatusDto> {
    return this.invitations.nominate(actor, body);
  }
}

/** The responsible adult's answer to an invitation link. Routes: YouthRoutes.invitation… */
@ApiTags('youth')
@Controller('youth/adult-invitations')
export class AdultInvitationController {
  constructor(private readonly invitations: AdultInvitationService) {}

  @Post('preview')
  @Public()
  @HttpCode(HttpStatus.OK)
  @AuthRateLimit({ policy: 'code-redemption' })
  @ApiOperation({ summary: 'Who asks the adult to vouch (nickname, municipality) — before signing in' })
  preview(@Body() body: InvitationTokenRequest): Promise<AdultInvitationPreviewDto> {
    return this.invitations.preview(body.token);
  }

  @Post('confirm')
  @RequirePermission('account:read-own')
  @HttpCode(HttpStatus.OK)
  @AuthRateLimit({ policy: 'code-redemption' })
  @ApiOperation({ summary: 'The signed-in adult (18+) confirms and becomes mentor in the youth’s municipality' })
  confirm(@CurrentActor() actor: Actor, @Body() body: ConfirmAdultInvitationRequest): Promise<MentorYouthDto> {
    return this.invitations.confirm(actor, body);
  }

  @Post('decline')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @AuthRateLimit({ policy: 'code-redemption' })
  @ApiOperation({ summary: 'Declines the invitation (no account needed); the adult’s contact details are forgotten' })
  decline(@Body() body: InvitationTokenRequest): Promise<void> {
    return this.invitations.decline(body.token);
  }
}

/** What a responsible adult vouches for. Route: YouthRoutes.mentorYouths. */
@ApiTags('youth')
@Controller('mentor')
export class MentorController {
  constructor(private readonly status: YouthStatusService) {}

  @Get('youths')
  @RequirePermission('mentor:vouch')
  @ApiOperation({ summary: 'The youths I confirmed: nickname and standing, nothing more' })
  youths(@CurrentActor() actor: Actor): Promise<MentorYouthDto[]> {
    return this.status.mentorYouths(actor);
  }
}
