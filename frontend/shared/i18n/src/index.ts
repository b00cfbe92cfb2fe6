export * from './lib/i18n.providers';
export * from './lib/language.service';
export * from './lib/locale-names';
export * from './lib/translated-title.strategy';
export * from './lib/translation.loader';
