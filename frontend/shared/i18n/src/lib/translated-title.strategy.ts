import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, map, switchMap } from 'rxjs';

/**
 * Route `title`s are translation keys. The document title is "<page> – Balss" in the current
 * language and is re-translated when the language changes without a navigation.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly pageKey = new BehaviorSubject<string | undefined>(undefined);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.pageKey
      .pipe(
        switchMap((key) =>
          this.transloco.selectTranslate(key ?? 'app.name').pipe(map((page) => this.compose(key, page))),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((title) => this.title.setTitle(title));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.next(this.buildTitle(snapshot));
  }

  private compose(key: string | undefined, page: string): string {
    return key ? `${page} – ${this.transloco.translate('app.name')}` : page;
  }
}
