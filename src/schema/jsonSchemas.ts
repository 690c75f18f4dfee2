/** The JSON Schemas shipped in schemas/, generated from the same declarations that validate. */
import { agencySchema } from '../profile/agencySchema.js';
import { KINDS } from '../kinds/registry.js';
import type { JsonSchema } from './schema.js';

function document(id: string, title: string, schema: JsonSchema): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://vanban.local/schemas/${id}.schema.json`,
    title,
    ...schema,
  };
}

/** File name (in schemas/) → JSON text, with a final newline, stable across runs. */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'agency.schema.json',
    JSON.stringify(document('agency', 'Hồ sơ cơ quan (vanban)', agencySchema.toJsonSchema()), null, 2) + '\n',
  );
  for (const kind of KINDS) {
    files.set(
      `${kind.id}.schema.json`,
      JSON.stringify(document(kind.id, kind.description, kind.schema.toJsonSchema()), null, 2) + '\n',
    );
  }
  return files;
}
