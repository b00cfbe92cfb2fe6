import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebMunicipalityDataAccess } from './web-municipality-data-access';

describe('WebMunicipalityDataAccess', () => {
  let component: WebMunicipalityDataAccess;
  let fixture: ComponentFixture<WebMunicipalityDataAccess>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebMunicipalityDataAccess],
    }).compileComponents();

    fixture = TestBed.createComponent(WebMunicipalityDataAccess);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
