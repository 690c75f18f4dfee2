/**
 * The signer's post printed again under the signing space, just above the name (ô 7b): lint reads it as
 * a title line, not as the name, so the name keeps its own checks and the post is held to the titles'.
 */
import { describe as group, expect, it } from 'vitest';
import { contextOf } from '../../src/lint/lint.js';
import { expectOnly, inParagraph, mutated } from './support/fixtures.js';

const DOC = 'word/document.xml';
const NAME = '>Văn Công Thới<';

const noSpace = (p: string) => p.replace(/w:before="\d+"/, 'w:before="0"');

/** Lines set like the name (the first one taking the signing space) printed just above the name. */
function aboveName(...lines: string[]): (xml: string) => string {
  return (xml) =>
    inParagraph(xml, NAME, (p) => {
      const set = lines.map((text, i) => (i === 0 ? p : noSpace(p)).replace(NAME, `>${text}<`));
      return set.join('') + noSpace(p);
    });
}

/** A line set like the name printed just under it. */
function underName(text: string): (xml: string) => string {
  return (xml) => inParagraph(xml, NAME, (p) => p + noSpace(p).replace(NAME, `>${text}<`));
}

group('a post above the signer name', () => {
  it('in capitals: read as the post, the name still the name, nothing reported', async () => {
    const bytes = await mutated(DOC, aboveName('GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ'));
    const e = contextOf(bytes).elements;
    expect(e.titleAboveName.map((s) => s.text)).toEqual(['GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    expect(e.signerName?.text).toBe('Văn Công Thới');
    expectOnly(bytes);
  });

  it('on two lines: both lines are the post', async () => {
    const bytes = await mutated(DOC, aboveName('GIÁM ĐỐC', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'));
    const e = contextOf(bytes).elements;
    expect(e.titleAboveName.map((s) => s.text)).toEqual(['GIÁM ĐỐC', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    expect(e.signerName?.text).toBe('Văn Công Thới');
    expectOnly(bytes);
  });

  it('in sentence case: SG-01 reports its case, SG-03 has nothing to say of the name', async () => {
    const findings = expectOnly(await mutated(DOC, aboveName('Giám đốc Sở')), 'SG-01');
    expect(findings.map((f) => f.where.text)).toEqual(['Giám đốc Sở']);
  });

  it('printed under the name, a post is neither the name nor a post above it', async () => {
    const e = contextOf(await mutated(DOC, underName('GIÁM ĐỐC SỞ'))).elements;
    expect(e.titleAboveName).toEqual([]);
    expect(e.signerName?.text).toBe('Văn Công Thới');
  });
});
