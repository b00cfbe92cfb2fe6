import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Locale } from '@balss/contracts';
import { LanguageSwitchComponent } from './language-switch.component';

describe('LanguageSwitchComponent', () => {
  let fixture: ComponentFixture<LanguageSwitchComponent>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(LanguageSwitchComponent);
    fixture.componentRef.setInput('current', 'lv');
    fixture.componentRef.setInput('label', 'Valoda');
    await fixture.whenStable();
  });

  function buttons(): HTMLButtonElement[] {
    return Array.from(fixture.nativeElement.querySelectorAll('button'));
  }

  it('labels each language in its own language, with a lang attribute', () => {
    expect(buttons().map((b) => [b.textContent?.trim(), b.lang])).toEqual([
      ['Latviešu', 'lv'],
      ['Русский', 'ru'],
      ['English', 'en'],
    ]);
    expect(fixture.nativeElement.querySelector('[role="group"]').getAttribute('aria-label')).toBe('Valoda');
  });

  it('marks only the active language as pressed', async () => {
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);

    fixture.componentRef.setInput('current', 'ru');
    await fixture.whenStable();

    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
  });

  it('emits another language and ignores the active one', () => {
    const selected: Locale[] = [];
    fixture.componentInstance.languageSelected.subscribe((locale) => selected.push(locale));

    buttons()[2].click();
    buttons()[0].click();

    expect(selected).toEqual(['en']);
  });
});
