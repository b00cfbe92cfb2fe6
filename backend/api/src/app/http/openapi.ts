import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ApiRoutes } from '@balss/contracts';

const DOCS_PATH = ApiRoutes.docs.slice(1);
const DOCS_JSON_PATH = ApiRoutes.docsJson.slice(1);

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/** The error body schema, written once here and referenced by every operation's error responses. */
const API_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', example: 'NOT_FOUND', description: 'Stable, machine-readable; clients switch on it.' },
    message: { type: 'string', example: 'There is no municipality "atlantis".' },
    details: { description: 'Per-field problems ({field, messages}[] for VALIDATION_FAILED) or other specifics.' },
    requestId: { type: 'string', description: 'Same as the x-request-id header and the logs.' },
  },
};

const COMMON_ERRORS: Record<string, string> = {
  '400': 'Invalid input (VALIDATION_FAILED with per-field details, or BAD_REQUEST)',
  '413': 'Body larger than the configured limit (PAYLOAD_TOO_LARGE)',
  '429': 'Rate limit reached (RATE_LIMITED); see the Retry-After header',
  '500': 'Unexpected failure (INTERNAL_ERROR); logged with the request id',
};

/** Serves the OpenAPI document at /api/docs-json and Swagger UI at /api/docs. */
export function setupOpenApi(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Balss API')
      .setDescription('Participatory budgeting and youth initiative grants for Latvian municipalities.')
      .setVersion('0.1.0')
      .build(),
  );
  addErrorResponses(document);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: DOCS_JSON_PATH, customSiteTitle: 'Balss API' });
  return document;
}

/** Documents the stable error body on every operation, so no controller has to repeat it. */
function addErrorResponses(document: OpenAPIObject): void {
  document.components = document.components ?? {};
  document.components.schemas = { ...document.components.schemas, ApiErrorBody: API_ERROR_SCHEMA };
  const body = { content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorBody' } } } };
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of [pathItem.get, pathItem.post, pathItem.put, pathItem.patch, pathItem.delete]) {
      if (!operation) {
        continue;
      }
      for (const [status, description] of Object.entries(COMMON_ERRORS)) {
        operation.responses[status] ??= { description, ...body };
      }
    }
  }
}
