import { Component } from '@angular/core';

@Component({
  selector: 'balss-web-municipality-feature-home',
  imports: [],
  templateUrl: './web-municipality-feature-home.html',
  styleUrl: './web-municipality-feature-home.css',
})
export class WebMunicipalityFeatureHome {}
