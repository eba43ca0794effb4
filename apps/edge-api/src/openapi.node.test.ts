import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { app } from './worker-app.js';

// swagger-parser runs in Node, not workerd: this project lints the document the app serves.
describe('/openapi.json', () => {
  it('passes @apidevtools/swagger-parser validation as OpenAPI 3.1', async () => {
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = await response.json();
    const api = (await SwaggerParser.validate(document as never)) as { openapi?: string; paths?: object };
    expect(api.openapi).toBe('3.1.0');
    expect(Object.keys(api.paths ?? {})).toHaveLength(13);
  });
});
