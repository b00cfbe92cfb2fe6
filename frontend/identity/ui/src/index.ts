export * from './lib/account-nav/account-nav.component';
export * from './lib/error-summary/error-summary.component';
export * from './lib/form-field/form-field.component';
export * from './lib/keyed-message';
export * from './lib/notice/notice.component';
export * from './lib/role-names';
export * from './lib/password-texts';
export * from './lib/pager/pager.component';
