/** FIELD_TYPE names the types in the language asked for: --lang en is English throughout. */
import { describe, expect, it } from 'vitest';
import { hintOf, messageOf } from '../../src/diagnostics/format.js';
import { exampleWith } from '../support/workspace.js';
import { check, only } from '../support/checkText.js';

describe('FIELD_TYPE in English', () => {
  it('names the types in English with --lang en', () => {
    const text = exampleWith(/^closing: .*$/m, 'closing:\n  - a\n  - b');
    const d = only(check(text));
    expect(d.code).toBe('FIELD_TYPE');
    expect(messageOf(d, 'vi')).toBe('Trường "closing" phải là một chuỗi chữ, nhưng đang là một danh sách.');
    expect(messageOf(d, 'en')).toBe('Field "closing" must be text, found a list.');
    expect(hintOf(d, 'en')).toBe('Change the value to text.');
  });
});
