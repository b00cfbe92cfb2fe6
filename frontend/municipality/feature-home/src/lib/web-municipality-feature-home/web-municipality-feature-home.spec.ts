import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebMunicipalityFeatureHome } from './web-municipality-feature-home';

describe('WebMunicipalityFeatureHome', () => {
  let component: WebMunicipalityFeatureHome;
  let fixture: ComponentFixture<WebMunicipalityFeatureHome>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebMunicipalityFeatureHome],
    }).compileComponents();

    fixture = TestBed.createComponent(WebMunicipalityFeatureHome);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
