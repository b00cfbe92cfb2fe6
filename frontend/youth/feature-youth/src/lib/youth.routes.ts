import { Route } from '@angular/router';
import { requireSession } from '@balss/web/identity/data-access';
import { AdultInvitationPageComponent } from './adult-invitation-page/adult-invitation-page.component';
import { MentorPageComponent } from './mentor-page/mentor-page.component';
import { RedeemPageComponent } from './redeem-page/redeem-page.component';
import { StatusPageComponent } from './status-page/status-page.component';

/**
 * `/youth/…`. Printed code slips link to `redeem` and invitation e-mails to `responsible-adult`
 * (`YouthWebPaths` in contracts); `title` values are translation keys.
 */
export const youthRoutes: Route[] = [
  { path: '', pathMatch: 'full', redirectTo: 'status' },
  { component: RedeemPageComponent, path: 'redeem', title: 'youth.redeem.title' },
  {
    canActivate: [requireSession('youth:draft-application')],
    component: StatusPageComponent,
    path: 'status',
    title: 'youth.status.title',
  },
  { component: AdultInvitationPageComponent, path: 'responsible-adult', title: 'youth.invitation.title' },
  {
    canActivate: [requireSession('mentor:vouch')],
    component: MentorPageComponent,
    path: 'mentor',
    title: 'youth.mentor.title',
  },
];
