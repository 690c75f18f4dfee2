// Regenerates schemas/*.json from the code (run after `npm run build`); test/schema keeps them in step.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../dist/src/schema/jsonSchemas.js';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, text] of jsonSchemaFiles()) {
  writeFileSync(join(dir, name), text);
  console.log(`schemas/${name}`);
}
