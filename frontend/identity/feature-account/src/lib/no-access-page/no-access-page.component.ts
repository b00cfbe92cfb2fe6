import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Where the route guards send a signed-in person who lacks a page's permission. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
  selector: 'balss-no-access-page',
  styleUrl: '../account-pages.scss',
  template: `
    <h1>{{ 'identity.noAccess.heading' | transloco }}</h1>
    <p class="lead">{{ 'identity.noAccess.body' | transloco }}</p>
    <p>
      <a routerLink="/account/profile">{{ 'identity.noAccess.profile' | transloco }}</a>
    </p>
  `,
})
export class NoAccessPageComponent {}
