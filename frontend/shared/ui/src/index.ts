export * from './lib/language-switch/language-switch.component';
export * from './lib/data-table/data-table.component';
