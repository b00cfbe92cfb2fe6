import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A boxed message: success after a form, information, a warning. Colour is never the only signal:
 * the wording and the heading say what it is. Give it `role="status"` where it appears after an action.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': "'notice notice--' + tone()" },
  selector: 'balss-notice',
  styleUrl: './notice.component.scss',
  template: '<ng-content />',
})
export class NoticeComponent {
  readonly tone = input<'error' | 'info' | 'success' | 'warning'>('info');
}
