import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The header's account corner: "Sign in", or who is signed in with links to their profile and a
 * sign-out button. Sits on the dark header, like the language switch.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoPipe],
  selector: 'balss-account-nav',
  styleUrl: './account-nav.component.scss',
  templateUrl: './account-nav.component.html',
})
export class AccountNavComponent {
  /** The signed-in person's name; undefined when nobody is signed in. */
  readonly displayName = input<string>();
  /** While the session is being read: show nothing rather than a wrong "Sign in". */
  readonly pending = input(false);
  readonly signOut = output<void>();

  protected requestSignOut(): void {
    this.signOut.emit();
  }
}
