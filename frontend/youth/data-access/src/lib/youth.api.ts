import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  AdultInvitationPreviewDto,
  ConfirmAdultInvitationDto,
  MentorYouthDto,
  NominateResponsibleAdultDto,
  RedeemYouthCodeDto,
  RedeemYouthCodeResponseDto,
  YouthRoutes,
  YouthStatusDto,
} from '@balss/contracts';
import { send, SessionStore } from '@balss/web/identity/data-access';

/**
 * The youth path's commands: redeeming a code (which signs the new account in), naming another
 * responsible adult, and the adult's answer to an invitation. Every method rejects with an ApiProblem.
 */
@Injectable({ providedIn: 'root' })
export class YouthApi {
  private readonly http = inject(HttpClient);
  private readonly session = inject(SessionStore);

  async redeem(body: RedeemYouthCodeDto): Promise<YouthStatusDto> {
    const { youth } = await send(this.http.post<RedeemYouthCodeResponseDto>(YouthRoutes.redeem, body));
    // The answer set a session cookie: read who is signed in now, before any page asks.
    await this.session.refresh();
    return youth;
  }

  nominateAdult(body: NominateResponsibleAdultDto): Promise<YouthStatusDto> {
    return send(this.http.put<YouthStatusDto>(YouthRoutes.responsibleAdult, body));
  }

  previewInvitation(token: string): Promise<AdultInvitationPreviewDto> {
    return send(this.http.post<AdultInvitationPreviewDto>(YouthRoutes.invitationPreview, { token }));
  }

  async confirmInvitation(body: ConfirmAdultInvitationDto): Promise<MentorYouthDto> {
    const confirmed = await send(this.http.post<MentorYouthDto>(YouthRoutes.invitationConfirm, body));
    // Confirming makes the adult a mentor in the youth's municipality.
    await this.session.refresh();
    return confirmed;
  }

  declineInvitation(token: string): Promise<void> {
    return send(this.http.post<void>(YouthRoutes.invitationDecline, { token }));
  }
}
