import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AcceptedDto,
  AuthRoutes,
  EraseAccountDto,
  PasswordResetConfirmDto,
  PersonalDataExportDto,
  RegisterDto,
} from '@balss/contracts';
import { firstValueFrom, Observable } from 'rxjs';
import { toApiProblem } from './api-problem';

/**
 * The account commands that do not change who is signed in (that is SessionStore's job): sign-up,
 * e-mail verification, password reset, the personal data export and erasure. Every method rejects
 * with an ApiProblem, never with an HttpErrorResponse.
 */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  register(body: RegisterDto): Promise<AcceptedDto> {
    return send(this.http.post<AcceptedDto>(AuthRoutes.register, body));
  }

  verifyEmail(token: string): Promise<void> {
    return send(this.http.post<void>(AuthRoutes.verifyEmail, { token }));
  }

  resendVerification(email: string): Promise<AcceptedDto> {
    return send(this.http.post<AcceptedDto>(AuthRoutes.resendVerification, { email }));
  }

  requestPasswordReset(email: string): Promise<AcceptedDto> {
    return send(this.http.post<AcceptedDto>(AuthRoutes.passwordReset, { email }));
  }

  confirmPasswordReset(body: PasswordResetConfirmDto): Promise<void> {
    return send(this.http.post<void>(AuthRoutes.passwordResetConfirm, body));
  }

  exportMyData(): Promise<PersonalDataExportDto> {
    return send(this.http.get<PersonalDataExportDto>(AuthRoutes.meExport));
  }

  /** Erases the account; the server also ends the session (tell SessionStore to forget it). */
  eraseMyAccount(body: EraseAccountDto): Promise<void> {
    return send(this.http.delete<void>(AuthRoutes.me, { body }));
  }
}

export async function send<T>(request: Observable<T>): Promise<T> {
  try {
    return await firstValueFrom(request, { defaultValue: undefined as T });
  } catch (error) {
    throw toApiProblem(error);
  }
}
