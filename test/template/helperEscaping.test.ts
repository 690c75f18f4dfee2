/**
 * The renderer escapes what a helper returns even if it is a Handlebars SafeString, so a helper added
 * later cannot pass data to the markup unescaped (the shipped helpers return plain strings).
 */
import { describe, expect, it, vi } from 'vitest';
import Handlebars from 'handlebars';
import { TemplateRenderer } from '../../src/template/renderTemplate.js';
import type { TemplateStore } from '../../src/template/templateStore.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

vi.mock('../../src/template/helpers.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/template/helpers.js')>();
  return {
    ...actual,
    HELPERS: { ...actual.HELPERS, safe: (text: unknown) => new Handlebars.SafeString(String(text)) },
  };
});

describe('helpers', () => {
  it('a helper returning a SafeString is escaped all the same', () => {
    const store = { partials: () => [] } as unknown as TemplateStore;
    const diagnostics: Diagnostic[] = [];
    const out = new TemplateRenderer(store).render(
      { name: 'x', path: '/x.hbs', text: '<p>{{safe closing}}</p>' },
      { closing: '</p><p align="center"><b>X' },
      diagnostics,
    );
    expect(diagnostics).toEqual([]);
    expect(out!.body).toEqual([
      {
        type: 'paragraph',
        runs: [{ text: '</p><p align="center"><b>X' }],
        align: 'justify',
        indent: 'firstLine',
      },
    ]);
  });
});
