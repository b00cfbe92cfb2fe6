import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** After erasure: what is gone and what stays (anonymous records only). */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
  selector: 'balss-erased-page',
  styleUrl: '../account-pages.scss',
  template: `
    <h1>{{ 'identity.erased.heading' | transloco }}</h1>
    <p class="lead">{{ 'identity.erased.body' | transloco }}</p>
    <p>{{ 'identity.erased.kept' | transloco }}</p>
    <p>
      <a routerLink="/">{{ 'identity.erased.home' | transloco }}</a>
    </p>
  `,
})
export class ErasedPageComponent {}
