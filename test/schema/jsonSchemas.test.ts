import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../../src/schema/jsonSchemas.js';
import { s } from '../../src/schema/index.js';
import { REPO } from '../support/workspace.js';

describe('schemas/*.json', () => {
  it('are exactly what the code declares (run `npm run schemas` after changing a schema)', () => {
    for (const [name, text] of jsonSchemaFiles()) {
      const path = join(REPO, 'schemas', name);
      expect(existsSync(path), `${name} missing`).toBe(true);
      expect(readFileSync(path, 'utf8'), name).toBe(text);
    }
  });

  it('describe every field in Vietnamese and refuse unknown fields', () => {
    const schema = JSON.parse(jsonSchemaFiles().get('thong-bao-ket-luan.schema.json')!) as {
      properties: Record<string, { description?: string }>;
      additionalProperties: boolean;
      required: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['kind', 'agency', 'issue_date', 'meeting', 'closing']),
    );
    for (const [key, value] of Object.entries(schema.properties))
      expect(value.description, key).toMatch(/\p{L}/u);
  });

  it('shipped YAML files point editors at their schema', () => {
    expect(readFileSync(join(REPO, 'data', '2020-08-giao-ban.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/schemas\/thong-bao-ket-luan\.schema\.json/,
    );
    expect(readFileSync(join(REPO, 'data', 'agencies', 'so-khcn-quang-binh.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/agency\.schema\.json/,
    );
  });
});

describe('Schema.describe', () => {
  it('gives a described copy, so one schema shared by two fields keeps both descriptions', () => {
    const shared = s.text();
    const a = shared.describe('Ngày bắt đầu');
    const b = shared.describe('Ngày kết thúc');
    expect([a.toJsonSchema().description, b.toJsonSchema().description]).toEqual([
      'Ngày bắt đầu',
      'Ngày kết thúc',
    ]);
    expect(shared.toJsonSchema().description).toBeUndefined();
  });
});
