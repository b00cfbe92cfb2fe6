import { Component } from '@angular/core';

@Component({
  selector: 'balss-web-shared-i18n',
  imports: [],
  templateUrl: './web-shared-i18n.html',
  styleUrl: './web-shared-i18n.css',
})
export class WebSharedI18n {}
