import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AcceptedDto, CsrfDto, CurrentUserDto } from '@balss/contracts';
import { AuthRateLimit, Public } from '@balss/platform/auth';
import { PasswordResetService } from '../accounts/password-reset.service';
import { PasswordSignInService } from '../accounts/password-sign-in.service';
import { RegistrationService } from '../accounts/registration.service';
import type { HttpRequest, HttpResponse } from '../auth/http';
import { EmailRequest, LoginRequest, PasswordResetConfirmRequest, RegisterRequest, TokenRequest } from '../dto/auth.requests';
import { SessionCookies } from '../sessions/session-cookies';
import { SignInService } from '../sessions/sign-in.service';
import { ClientIpPrefix } from './client-ip.decorator';

/**
 * Signing up, in and out with e-mail and password, and recovering access. All public (that is their
 * point); the guessable ones carry per-IP and per-address rate limits. Routes: AuthRoutes.
 */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly cookies: SessionCookies,
    private readonly passwordSignIn: PasswordSignInService,
    private readonly signIns: SignInService,
    private readonly registration: RegistrationService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Get('csrf')
  @Public()
  @ApiOperation({ summary: 'Sets the CSRF cookie (if missing) and returns its value' })
  csrf(@Req() request: HttpRequest, @Res({ passthrough: true }) response: HttpResponse): CsrfDto {
    return { csrfToken: this.cookies.ensureCsrf(request, response) };
  }

  @Post('register')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @AuthRateLimit({ policy: 'account-recovery', accountField: 'email' })
  @ApiOperation({ summary: 'Creates an account and e-mails a verification link (same answer for a known address)' })
  register(@Body() body: RegisterRequest, @ClientIpPrefix() ip: string | null): Promise<AcceptedDto> {
    return this.registration.register(body, ip);
  }

  @Post('verify-email')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @AuthRateLimit({ policy: 'account-recovery' })
  @ApiOperation({ summary: 'Confirms an address with the token from the e-mailed link (single use)' })
  verifyEmail(@Body() body: TokenRequest, @ClientIpPrefix() ip: string | null): Promise<void> {
    return this.registration.verifyEmail(body.token, ip);
  }

  @Post('verify-email/resend')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @AuthRateLimit({ policy: 'account-recovery', accountField: 'email' })
  @ApiOperation({ summary: 'E-mails a new verification link to an unverified account (same answer for any address)' })
  resendVerification(@Body() body: EmailRequest): Promise<AcceptedDto> {
    return this.registration.resendVerification(body.email);
  }

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @AuthRateLimit({ policy: 'sign-in', accountField: 'email' })
  @ApiOperation({ summary: 'Signs in with e-mail and password; sets the session and CSRF cookies' })
  login(
    @Req() request: HttpRequest,
    @Res({ passthrough: true }) response: HttpResponse,
    @Body() body: LoginRequest,
  ): Promise<CurrentUserDto> {
    return this.passwordSignIn.signIn(request, response, body);
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Ends this browser session (harmless without one)' })
  logout(@Req() request: HttpRequest, @Res({ passthrough: true }) response: HttpResponse): Promise<void> {
    return this.signIns.signOut(request, response);
  }

  @Post('password-reset')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @AuthRateLimit({ policy: 'account-recovery', accountField: 'email' })
  @ApiOperation({ summary: 'E-mails a password reset link (same answer for any address)' })
  requestPasswordReset(@Body() body: EmailRequest, @ClientIpPrefix() ip: string | null): Promise<AcceptedDto> {
    return this.passwordReset.request(body.email, ip);
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @AuthRateLimit({ policy: 'account-recovery' })
  @ApiOperation({ summary: 'Sets a new password with the e-mailed token; signs out every session' })
  confirmPasswordReset(@Body() body: PasswordResetConfirmRequest, @ClientIpPrefix() ip: string | null): Promise<void> {
    return this.passwordReset.confirm(body, ip);
  }
}
