import { Route } from '@angular/router';
import { HomePageComponent } from './home-page/home-page.component';

/** The public landing page. `title` is a translation key (see TranslatedTitleStrategy). */
export const homeRoutes: Route[] = [{ component: HomePageComponent, path: '', title: 'home.title' }];
