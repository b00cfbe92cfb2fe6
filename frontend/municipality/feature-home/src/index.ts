export * from './lib/web-municipality-feature-home/web-municipality-feature-home';
