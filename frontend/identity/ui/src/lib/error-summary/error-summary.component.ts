import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import type { ValidationError } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import { messageKey, messageParams } from '../keyed-message';

type SummaryError = ValidationError.WithFieldTree | ValidationError.WithOptionalFieldTree;

let nextId = 0;

/**
 * The list of what is wrong, at the top of a form after a failed submit (GOV.UK pattern): the page
 * moves focus here, and each entry links to its field. Errors about no one field (a wrong password
 * or address, a closed code) are plain entries. Focus moves to the summary after each failed
 * attempt: the page counts its attempts and passes the count in.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoPipe],
  selector: 'balss-error-summary',
  styleUrl: './error-summary.component.scss',
  templateUrl: './error-summary.component.html',
})
export class ErrorSummaryComponent {
  readonly errors = input.required<readonly SummaryError[]>();
  readonly heading = input.required<string>();
  /** The page's count of failed submits; each new one moves focus to the summary once it is shown. */
  readonly attempt = input(0);

  protected readonly headingId = `balss-error-summary-${nextId++}`;
  protected readonly messageKey = messageKey;
  protected readonly messageParams = messageParams;
  private readonly box = viewChild<ElementRef<HTMLElement>>('box');

  constructor() {
    afterRenderEffect(() => {
      if (this.attempt() > 0) {
        untracked(() => this.box()?.nativeElement.focus());
      }
    });
  }

  protected targetId(error: SummaryError): string | undefined {
    const id = error.fieldTree?.().formFieldBindings()[0]?.element.id;
    return id ? id : undefined;
  }

  /** `href="#id"` alone would resolve against `<base href="/">` and leave the page. */
  protected focusField(event: Event, error: SummaryError): void {
    event.preventDefault();
    error.fieldTree?.().formFieldBindings()[0]?.focus();
  }
}
