import {
  ChangeDetectionStrategy,
  Component,
  computed,
  Directive,
  inject,
  input,
  ViewEncapsulation,
} from '@angular/core';
import type { FieldTree, ValidationError } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import { messageKey, messageParams } from '../keyed-message';

/**
 * One form field: label, optional hint, the field's errors (once it was touched or the form was
 * submitted) and the projected control, which `balssControl` wires up (id, aria-describedby,
 * aria-invalid), so labels and messages are announced with the control (WCAG 1.3.1, 3.3.1, 3.3.2).
 *
 * ```html
 * <balss-form-field controlId="sign-in-email" [field]="form.email" [label]="'…' | transloco">
 *   <input balssControl type="email" autocomplete="email" [formField]="form.email" />
 * </balss-form-field>
 * ```
 * Styles are global (no encapsulation) because they style the projected control.
 */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: {
    class: 'balss-field',
    '[class.balss-field--checkbox]': "layout() === 'checkbox'",
    '[class.balss-field--invalid]': 'showErrors()',
  },
  imports: [TranslocoPipe],
  selector: 'balss-form-field',
  styleUrl: './form-field.component.scss',
  templateUrl: './form-field.component.html',
})
export class FormFieldComponent {
  readonly controlId = input.required<string>();
  /** The signal-forms field; leave it out for a control outside signal forms (a file input). */
  readonly field = input<FieldTree<unknown>>();
  /** Errors of a control outside signal forms, as translation keys. */
  readonly errorKeys = input<readonly string[]>([]);
  readonly hint = input<string>();
  readonly label = input.required<string>();
  /** `checkbox`: the box before its label, as people expect. */
  readonly layout = input<'checkbox' | 'stacked'>('stacked');

  protected readonly errors = computed<readonly ValidationError[]>(() => {
    const field = this.field();
    const state = field?.();
    const fromForm = state?.touched() ? state.errors() : [];
    return [...fromForm, ...this.errorKeys().map((message) => ({ kind: 'page', message }))];
  });
  readonly showErrors = computed(() => this.errors().length > 0);
  readonly hintId = computed(() => `${this.controlId()}-hint`);
  readonly errorId = computed(() => `${this.controlId()}-error`);
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId() : undefined, this.showErrors() ? this.errorId() : undefined];
    return ids.filter((id) => id !== undefined).join(' ') || null;
  });

  protected readonly messageKey = messageKey;
  protected readonly messageParams = messageParams;
}

/** Marks the control inside a `balss-form-field`: gives it the field's id and accessible descriptions. */
@Directive({
  host: {
    '[attr.aria-describedby]': 'wrapper.describedBy()',
    '[attr.aria-invalid]': "wrapper.showErrors() ? 'true' : null",
    '[id]': 'wrapper.controlId()',
  },
  selector: '[balssControl]',
})
export class ControlDirective {
  protected readonly wrapper = inject(FormFieldComponent);
}
