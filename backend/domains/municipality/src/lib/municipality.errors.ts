import { NotFoundError } from '@balss/util-errors';

export class MunicipalityNotFoundError extends NotFoundError {
  constructor(slug: string) {
    super(`There is no municipality "${slug}".`, { details: { slug } });
  }
}
