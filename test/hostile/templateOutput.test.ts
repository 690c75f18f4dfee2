/**
 * Issue #14, custom templates: template output had no size bound; a template repeating data could run
 * until V8's "Invalid string length", reported as a syntax error of whichever template ran. Now a run
 * stops at MAX_TEMPLATE_OUTPUT characters with TEMPLATE_OUTPUT_TOO_LARGE naming the template and the
 * limit. (Loading bounds YAML alias expansion; this is the second line, at the template's output.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { MAX_TEMPLATE_OUTPUT } from '../../src/template/renderTemplate.js';
import { exampleWith, REPO } from '../support/workspace.js';
import { cleanUp, templateCase, TEMPLATE_FILE, withClosing } from './templateCases.js';

/** The length of every text a template produced in this file, as the markup parser received it. */
const produced = vi.hoisted(() => [] as number[]);
vi.mock('../../src/template/markup.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/template/markup.js')>();
  return {
    ...actual,
    parseMarkup: (text: string) => {
      produced.push(text.length);
      return actual.parseMarkup(text);
    },
  };
});

afterEach(cleanUp);

/** The example with `count` general tasks of about `length` characters each. */
function manyTasks(count: number, length: number): string {
  const task = 'Nhiệm vụ lặp lại để thử giới hạn '
    .repeat(Math.ceil(length / 33))
    .slice(0, length)
    .trim();
  const tasks = Array.from({ length: count }, (_, i) => `  - ${i} ${task}`).join('\n');
  return exampleWith(/^general_tasks:\n(?: {2}- .*\n(?: {4}.*\n)*)+/m, `general_tasks:\n${tasks}\n`);
}

function expectTooLarge(c: ReturnType<typeof templateCase>, file = c.ws.path(TEMPLATE_FILE)): void {
  const started = Date.now();
  const result = c.load();
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_OUTPUT_TOO_LARGE']);
  expect(result.diagnostics[0]!.args).toEqual({ template: file, limit: MAX_TEMPLATE_OUTPUT });
  expect(result.diagnostics[0]!.location).toMatchObject({ file, line: 1, column: 1 });
  expect(result.model).toBeUndefined();
}

describe('the bound on template output', () => {
  it('is far above every shipped example (each under a hundredth of it)', () => {
    const examples = [
      ...readdirSync(join(REPO, 'data')).map((f) => join(REPO, 'data', f)),
      ...readdirSync(join(REPO, 'data', 'public')).map((f) => join(REPO, 'data', 'public', f)),
    ].filter((f) => f.endsWith('.yaml'));
    produced.length = 0;
    for (const path of examples) expect(loadDocument(path).model, path).toBeDefined();
    expect(produced).toHaveLength(examples.length);
    expect(Math.max(...produced)).toBeLessThan(MAX_TEMPLATE_OUTPUT / 100);
  });

  it('nested {{#each}} over the data (quadratic): stopped early, the template and limit named', () => {
    const data = manyTasks(1000, 500);
    const template = withClosing(
      '{{closing}}</p>{{#each general_tasks}}{{#each ../general_tasks}}<p>{{text}}</p>{{/each}}{{/each}}<p>',
    );
    expectTooLarge(templateCase({ 'thong-bao-ket-luan': template }, data));
  });

  it('partials calling partials ten times each, ten levels deep: stopped at the first level past it', () => {
    const partials: Record<string, string> = { 'partials/lap0': 'Mười chữ. ' };
    for (let k = 1; k <= 10; k++) partials[`partials/lap${k}`] = `{{> lap${k - 1}}}`.repeat(10);
    const c = templateCase({ ...partials, 'thong-bao-ket-luan': withClosing('{{> lap10}}') });
    expectTooLarge(c);
  });

  it('one value printed many times, with no {{#each}} or partial: refused after the run', () => {
    const long = 'Câu kết luận rất dài. '.repeat(5000); // 110 000 characters
    const data = exampleWith(/^closing: .*$/m, `closing: ${long.trim()}`);
    const template = withClosing('{{closing}} '.repeat(Math.ceil(MAX_TEMPLATE_OUTPUT / long.length) + 1));
    expectTooLarge(templateCase({ 'thong-bao-ket-luan': template }, data));
  });

  it('a document just under it still renders', () => {
    // Seven lists of 1000 tasks of 500 characters: about 3.5 million characters, all outermost pieces.
    const template = withClosing(
      '{{closing}}</p>' + '{{#each general_tasks}}<p>{{text}}</p>{{/each}}'.repeat(7) + '<p>',
    );
    produced.length = 0;
    const result = templateCase({ 'thong-bao-ket-luan': template }, manyTasks(1000, 500)).load();
    expect(result.diagnostics).toEqual([]);
    expect(produced[0]).toBeGreaterThan(MAX_TEMPLATE_OUTPUT * 0.8);
    expect(produced[0]).toBeLessThan(MAX_TEMPLATE_OUTPUT);
  });

  it('through the CLI: exit 1, the template and limit named, no "Invalid string length", nothing written', () => {
    const template = withClosing(
      '{{closing}}</p>{{#each general_tasks}}{{#each ../general_tasks}}<p>{{text}}</p>{{/each}}{{/each}}<p>',
    );
    const r = templateCase({ 'thong-bao-ket-luan': template }, manyTasks(1000, 500)).cli();
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `error TEMPLATE_OUTPUT_TOO_LARGE: Template "mau/thong-bao-ket-luan.hbs" produced too much text (more than ${MAX_TEMPLATE_OUTPUT} characters).`,
    );
    expect(r.stderr).not.toMatch(/Invalid string length| {4}at /);
    expect(r.written).toBe(false);
  });
});
