import { Controller, Get, Param, Query, Redirect, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, AuthRateLimit, OptionalActor, Public } from '@balss/platform/auth';
import type { EidRequest, EidResponse } from '../eid-http';
import { EidSignInService } from '../eid-sign-in.service';

/**
 * The two browser-facing steps of e-ID sign-in. Both are GET navigations (no CSRF token: the
 * provider brings the browser back with a cross-site redirect; the server-side `state` bound to the
 * browser's cookie is the proof of origin). Public: they are how a person becomes signed in;
 * rate-limited per IP like the password sign-in (AUTH_RATE_LIMIT_PER_IP per 15 minutes each).
 */
@ApiTags('auth')
@Controller('auth/eid')
export class EidController {
  constructor(private readonly signIn: EidSignInService) {}

  @Get('callback')
  @Public()
  @AuthRateLimit({ policy: 'sign-in' })
  @Redirect()
  @ApiOperation({
    summary:
      'The e-ID provider redirects here; signs the person in and redirects to the web app (refused: to the sign-in page with ?eid-error=)',
  })
  async callback(
    @Req() request: EidRequest,
    @Res({ passthrough: true }) response: EidResponse,
    // Signed in already (e-mail and password): a first e-ID sign-in links to that account.
    @OptionalActor() actor: Actor | null,
  ): Promise<{ url: string; statusCode: number }> {
    return { url: await this.signIn.complete(request, response, actor?.userId ?? null), statusCode: 303 };
  }

  @Get(':municipalitySlug/start')
  @Public()
  // Each start stores an attempt: limited per IP like any sign-in, so it cannot be used to fill a table.
  @AuthRateLimit({ policy: 'sign-in' })
  @Redirect()
  @ApiOperation({ summary: "Redirects to the municipality's e-ID provider (authorization code + PKCE)" })
  async start(
    @Param('municipalitySlug') municipalitySlug: string,
    @Query('returnTo') returnTo: string | undefined,
    @Res({ passthrough: true }) response: EidResponse,
  ): Promise<{ url: string; statusCode: number }> {
    return { url: await this.signIn.start(municipalitySlug, returnTo, response), statusCode: 303 };
  }
}
