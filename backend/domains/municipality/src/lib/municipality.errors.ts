import { ConflictError, NotFoundError } from '@balss/util-errors';

export class MunicipalityNotFoundError extends NotFoundError {
  constructor(slug: string) {
    super(`There is no municipality "${slug}".`, { details: { slug } });
  }
}

export class MunicipalitySlugTakenError extends ConflictError {
  constructor(slug: string, options: { cause?: unknown } = {}) {
    super(`A municipality with the slug "${slug}" already exists.`, { details: { field: 'slug', slug }, cause: options.cause });
  }
}
