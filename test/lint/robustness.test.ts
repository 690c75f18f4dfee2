/**
 * The linter reads hostile files: whatever the bytes, it returns findings (LINT_UNREADABLE at worst) and
 * never throws, hangs or lets one rule's failure hide the others.
 */
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { lintDocx } from '../../src/lint/lint.js';
import { exampleDocx, unpack, repack } from './support/fixtures.js';
import { zip } from './support/zipWriter.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

function neverThrows(bytes: Uint8Array): void {
  const findings = lintDocx(bytes);
  expect(Array.isArray(findings)).toBe(true);
  for (const f of findings) expect(typeof f.rule).toBe('string');
}

/** Well-formed WordprocessingML made of real element names with odd attribute values. */
const attrValue = fc.oneof(
  fc.constantFrom(
    '0',
    '-1',
    '1e309',
    'NaN',
    '',
    'auto',
    'true',
    'false',
    'center',
    'both',
    'single',
    'exact',
    '99999999999',
  ),
  fc.integer({ min: -100000, max: 100000 }).map(String),
  fc.string({ maxLength: 8 }).map((s) => s.replace(/[<&"]/g, '')),
);
const NAMES = [
  'w:p',
  'w:r',
  'w:t',
  'w:tbl',
  'w:tr',
  'w:tc',
  'w:tcPr',
  'w:pPr',
  'w:rPr',
  'w:jc',
  'w:ind',
  'w:spacing',
  'w:sz',
  'w:b',
  'w:i',
  'w:tab',
  'w:br',
  'w:fldChar',
  'w:instrText',
  'w:sectPr',
  'w:pgSz',
  'w:pgMar',
  'w:gridSpan',
  'w:tblGrid',
  'w:gridCol',
  'w:pBdr',
  'w:bottom',
  'w:tabs',
  'w:hyperlink',
  'w:sdt',
  'w:sdtContent',
  'w:drawing',
  'w:pict',
];
const ATTRS = [
  'w:val',
  'w:w',
  'w:h',
  'w:left',
  'w:right',
  'w:top',
  'w:firstLine',
  'w:hanging',
  'w:before',
  'w:after',
  'w:line',
  'w:lineRule',
  'w:pos',
  'w:fldCharType',
  'w:orient',
];
const texts = fc.constantFrom(
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 05/TB-X',
  'Hà Nội, ngày 05 tháng 02 năm 2020',
  'THÔNG BÁO',
  'Nơi nhận:',
  '- Lưu: VT.',
  'PAGE',
  'x',
  '',
);
const { node } = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    texts,
    fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.array(fc.tuple(fc.constantFrom(...ATTRS), attrValue), { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([name, attrs, kids]) => {
        const a = attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
        return kids.length === 0 ? `<${name}${a}/>` : `<${name}${a}>${kids.join('')}</${name}>`;
      }),
  ),
}));

group('hostile input never crashes the linter', () => {
  it('arbitrary bytes give LINT_UNREADABLE', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const findings = lintDocx(bytes);
        expect(findings.map((f) => f.rule)).toEqual(['LINT_UNREADABLE']);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary zip entries under DOCX names', () => {
    const name = fc.constantFrom(
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/_rels/document.xml.rels',
      'word/theme/theme1.xml',
      '../../etc/passwd',
      '',
    );
    const content = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constant(RELS),
      node.map((n) => `<w:document xmlns:w="${W}"><w:body>${n}</w:body></w:document>`),
    );
    fc.assert(
      fc.property(fc.dictionary(name, content, { maxKeys: 6 }), fc.boolean(), (entries, store) => {
        neverThrows(zip(new Map(Object.entries(entries)), { store }));
      }),
      { numRuns: 300 },
    );
  });

  it('any well-formed body is checked by every rule without a rule failing', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 6 }), (nodes) => {
        const document = `<w:document xmlns:w="${W}"><w:body>${nodes.join('')}</w:body></w:document>`;
        const findings = lintDocx(
          zip(
            new Map([
              ['_rels/.rels', RELS],
              ['word/document.xml', document],
            ]),
          ),
        );
        expect(findings.filter((f) => f.rule.startsWith('LINT_')).map((f) => f.found.en)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('vanban output with random bytes overwritten', async () => {
    const original = await exampleDocx();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (edits) => {
          const bytes = new Uint8Array(original);
          for (const [i, v] of edits) bytes[i] = v;
          neverThrows(bytes);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('vanban output with a slice of its XML cut out', async () => {
    const parts = unpack(await exampleDocx());
    const xml = parts.get('word/document.xml') as string;
    fc.assert(
      fc.property(fc.nat(xml.length - 1), fc.nat(400), (start, length) => {
        const cut = new Map(parts);
        cut.set('word/document.xml', xml.slice(0, start) + xml.slice(start + length));
        neverThrows(repack(cut));
      }),
      { numRuns: 100 },
    );
  });
});
