import { Component } from '@angular/core';

@Component({
  selector: 'balss-web-municipality-data-access',
  imports: [],
  templateUrl: './web-municipality-data-access.html',
  styleUrl: './web-municipality-data-access.css',
})
export class WebMunicipalityDataAccess {}
