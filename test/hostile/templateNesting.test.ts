/**
 * Custom templates nested thousands deep: Handlebars parses deep {{#if}} blocks and (subexpressions) in
 * time that grows with the square of the depth or worse (minutes), and the markup reader and tree walks
 * are recursive (a stack overflow was an internal error, exit 3). Nesting is bounded, each bound a
 * located diagnostic.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../src/template/templateChecks.js';
import { cleanUp, positionOf, templateCase, TEMPLATE_FILE, withClosing } from './templateCases.js';

afterEach(cleanUp);

/** A template with `inner` nested `depth` times around {{closing}}. */
function nested(open: string, close: string, depth: number): string {
  return withClosing(open.repeat(depth) + '{{closing}}' + close.repeat(depth));
}

describe('nesting in a custom template', () => {
  it(`{{#if}} blocks: ${MAX_NESTING} levels run, more is TEMPLATE_SYNTAX at the opening past the bound`, () => {
    expect(
      templateCase({ 'thong-bao-ket-luan': nested('{{#if closing}}', '{{/if}}', MAX_NESTING) }).load()
        .diagnostics,
    ).toEqual([]);
    const template = nested('{{#if closing}}', '{{/if}}', 2000);
    const c = templateCase({ 'thong-bao-ket-luan': template });
    const started = Date.now();
    const result = c.load();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_SYNTAX']);
    const first = positionOf(template, '{{#if closing}}');
    expect(result.diagnostics[0]!.location).toMatchObject({
      file: c.ws.path(TEMPLATE_FILE),
      line: first.line,
      column: first.column + MAX_NESTING * '{{#if closing}}'.length,
    });
  });

  it('(subexpressions) thousands deep: TEMPLATE_SYNTAX, quickly', () => {
    const template = withClosing('{{inHoa ' + '(inHoa '.repeat(5000) + 'closing' + ')'.repeat(5000) + '}}');
    const started = Date.now();
    const result = templateCase({ 'thong-bao-ket-luan': template }).load();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_SYNTAX']);
  });

  it('<b> thousands deep: TEMPLATE_MARKUP, not a stack overflow (CLI exit 1)', () => {
    const c = templateCase({ 'thong-bao-ket-luan': nested('<b>', '</b>', 9000) });
    const result = c.load();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_MARKUP']);
    expect(String(result.diagnostics[0]!.args.detail)).toContain('lồng nhau quá 20 tầng');
    const r = c.cli();
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/RangeError| {4}at /);
    expect(r.written).toBe(false);
  });

  it('a partial that includes itself: a TEMPLATE_SYNTAX error, not a crash', () => {
    const c = templateCase({ 'partials/nhiem-vu': '<p>- {{text}}</p>{{> nhiem-vu}}' });
    const result = c.load();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_SYNTAX']);
    expect(result.model).toBeUndefined();
  });
});
