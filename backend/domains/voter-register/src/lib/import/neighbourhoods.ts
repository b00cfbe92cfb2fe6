import { Injectable } from '@nestjs/common';
import { MunicipalityService } from '@balss/domains/municipality';

/** The municipality's neighbourhood codes (slugs, as the CSV names them) and their ids. */
@Injectable()
export class NeighbourhoodDirectory {
  constructor(private readonly municipalities: MunicipalityService) {}

  async ofMunicipality(municipalityId: string): Promise<{ slug: string; idBySlug: ReadonlyMap<string, string> }> {
    const { slug } = await this.municipalities.getSummaryById(municipalityId);
    const municipality = await this.municipalities.getBySlug(slug);
    return { slug, idBySlug: new Map(municipality.neighbourhoods.map((n) => [n.slug, n.id])) };
  }
}
