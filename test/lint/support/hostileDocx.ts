/**
 * Hostile DOCX files for the linter's bounds, built in memory: each is small on disk (repetition deflates
 * to almost nothing) and large where it hurts (elements, depth, attributes, bytes, parts). The big XML
 * is made with Buffer.alloc(size, pattern), which repeats the pattern in native code, so even the
 * 64 MB of eleven million <w:p/> takes a fraction of a second.
 */
import { randomFillSync } from 'node:crypto';
import { zip } from './zipWriter.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const PACKAGE_RELS = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`;

const OPEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>`;
const CLOSE = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;

/** A document.xml whose body is `pattern` repeated `times` times, as bytes. */
export function repeatedBody(pattern: string, times: number, open = OPEN, close = CLOSE): Buffer {
  const unit = Buffer.from(pattern, 'utf8');
  return Buffer.concat([Buffer.from(open), Buffer.alloc(unit.length * times, unit), Buffer.from(close)]);
}

/** A DOCX of the package relationships, a main document and any other entries. */
export function docx(
  document: string | Uint8Array,
  others: Array<[string, string | Uint8Array]> = [],
  options: { store?: boolean } = {},
): Uint8Array {
  return zip(
    new Map<string, string | Uint8Array>([
      ['_rels/.rels', PACKAGE_RELS],
      ['word/document.xml', document],
      ...others,
    ]),
    options,
  );
}

export const body = (xml: string): string => `${OPEN}${xml}${CLOSE}`;

/** Each hostile case: what it is, its bytes, and the bound it must hit (undefined: it must lint). */
export interface HostileCase {
  name: string;
  bytes: () => Uint8Array;
  /** The substring of the English LINT_LIMIT_EXCEEDED message naming the cause. */
  cause?: RegExp;
}

/** Rels of the main part pointing at `count` headers, word/header{i}.xml. */
function headerRels(count: number): string {
  const rels = Array.from(
    { length: count },
    (_, i) => `<Relationship Id="h${i}" Type="${REL_TYPE}/header" Target="header${i}.xml"/>`,
  );
  return `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

/** Paragraphs each ending a section whose header is its own part: many parts, each read. */
function manyHeaderParts(count: number, paragraphsPerHeader: number): Uint8Array {
  const sections = Array.from(
    { length: count },
    (_, i) =>
      `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="h${i}"/></w:sectPr></w:pPr><w:r><w:t>${i}</w:t></w:r></w:p>`,
  );
  const header = `<w:hdr xmlns:w="${W}">${'<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(paragraphsPerHeader)}</w:hdr>`;
  const parts: Array<[string, string]> = [['word/_rels/document.xml.rels', headerRels(count)]];
  for (let i = 0; i < count; i++) parts.push([`word/header${i}.xml`, header]);
  return docx(body(sections.join('')), parts);
}

/** Big but within every bound: a long paragraph of Vietnamese text, repeated. */
const SENTENCE = 'Ủy ban nhân dân tỉnh Quảng Bình giao Sở Khoa học và Công nghệ chủ trì, phối hợp. ';

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: '11 million empty paragraphs (64 MB of <w:p/>, about 100 KB zipped)',
    bytes: () => docx(repeatedBody('<w:p/>', 11_000_000)),
    cause: /word\/document\.xml has more than 200,000 XML elements/,
  },
  {
    name: '2 million small paragraphs',
    bytes: () => docx(repeatedBody('<w:p><w:r><w:t>x</w:t></w:r></w:p>', 2_000_000)),
    cause: /word\/document\.xml has more than 200,000 XML elements/,
  },
  {
    name: '1 million paragraphs of one run (17 MB, under the byte bounds)',
    bytes: () => docx(repeatedBody('<w:p><w:r/></w:p>', 1_000_000)),
    cause: /word\/document\.xml has more than 200,000 XML elements/,
  },
  {
    name: '12 000 paragraphs with text (under the element bounds)',
    bytes: () => docx(repeatedBody('<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>', 12_000)),
    cause: /more than 10,000 paragraphs/,
  },
  {
    name: 'elements nested 100 000 deep',
    bytes: () => docx(body(`${'<w:sdt>'.repeat(100_000)}${'</w:sdt>'.repeat(100_000)}`)),
    cause: /nests elements more than 256 levels deep/,
  },
  {
    name: 'an attribute of 10 million characters',
    bytes: () => docx(repeatedBody('A', 10_000_000, `${OPEN}<w:p w:rsidR="`, `"/>${CLOSE}`)),
    cause: /attribute w:rsidR of <w:p> is longer than 4,194,304 characters/,
  },
  {
    name: 'an element with 200 000 attributes',
    bytes: () => docx(body(`<w:p ${Array.from({ length: 200_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`)),
    cause: /element <w:p> has more than 256 attributes/,
  },
  {
    name: 'one XML part of 20 MB of text',
    bytes: () =>
      docx(repeatedBody(SENTENCE, 250_000, `${OPEN}<w:p><w:r><w:t>`, `</w:t></w:r></w:p>${CLOSE}`)),
    cause: /word\/document\.xml inflates to \d+(\.\d)? MB, over the limit of 16 MB for one XML part/,
  },
  {
    name: 'three XML parts of 12 MB each (36 MB in all)',
    bytes: () => {
      const part = (open: string, close: string) => repeatedBody(SENTENCE, 150_000, open, close);
      const styles = part(`<w:styles xmlns:w="${W}"><w:latentStyles>`, `</w:latentStyles></w:styles>`);
      const relsToStyles = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s" Type="${REL_TYPE}/styles" Target="styles.xml"/><Relationship Id="t" Type="${REL_TYPE}/theme" Target="theme.xml"/></Relationships>`;
      const theme = part(
        `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">`,
        `</a:theme>`,
      );
      return docx(part(`${OPEN}<w:p><w:r><w:t>`, `</w:t></w:r></w:p>${CLOSE}`), [
        ['word/_rels/document.xml.rels', relsToStyles],
        ['word/styles.xml', styles],
        ['word/theme.xml', theme],
      ]);
    },
    cause: /XML parts to read inflate to more than 24 MB in total/,
  },
  {
    name: '12 000 ZIP entries',
    bytes: () =>
      docx(
        body('<w:p/>'),
        Array.from({ length: 12_000 }, (_, i): [string, string] => [`word/media/x${i}.bin`, '']),
      ),
    cause: /ZIP package has 12,002 entries, over the limit of 10,000/,
  },
  {
    name: '2 000 sections, each with its own header part',
    bytes: () => manyHeaderParts(2_000, 1),
    cause: /more than 1,000 sections/,
  },
  {
    name: '900 sections, each with its own header part (within the bounds)',
    bytes: () => manyHeaderParts(900, 2),
  },
  {
    name: '800 header parts of 12 paragraphs each',
    bytes: () => manyHeaderParts(800, 12),
    cause: /more than 10,000 paragraphs/,
  },
  {
    name: 'a row of 9 999 cells over a grid of 150 000 columns (within the bounds)',
    bytes: () =>
      docx(
        body(
          `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1"/>'.repeat(150_000)}</w:tblGrid><w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="15"/></w:tcPr><w:p/></w:tc>'.repeat(9_999)}</w:tr></w:tbl>`,
        ),
      ),
  },
  {
    name: '50 000 fields left open, then 50 000 pieces of text (within the bounds)',
    bytes: () =>
      docx(
        body(
          `<w:p><w:r>${'<w:fldChar w:fldCharType="begin"/><w:fldChar w:fldCharType="separate"/>'.repeat(50_000)}${'<w:t>x</w:t>'.repeat(50_000)}</w:r></w:p>`,
        ),
      ),
  },
  {
    name: '300 paragraphs of 20 KB of text each',
    bytes: () => docx(repeatedBody(`<w:p><w:r><w:t>${SENTENCE.repeat(200)}</w:t></w:r></w:p>`, 300)),
    cause: /more than 1,000,000 characters of text/,
  },
  {
    name: 'one paragraph of 900 000 characters',
    bytes: () =>
      docx(repeatedBody('Nội dung văn bản ', 52_000, `${OPEN}<w:p><w:r><w:t>`, `</w:t></w:r></w:p>${CLOSE}`)),
    cause: /word\/document\.xml has a paragraph longer than 100,000 characters/,
  },
  {
    name: 'one paragraph of 95 000 characters (within the bounds)',
    bytes: () =>
      docx(repeatedBody('Nội dung văn bản ', 5_500, `${OPEN}<w:p><w:r><w:t>`, `</w:t></w:r></w:p>${CLOSE}`)),
  },
  {
    name: '3 000 paragraphs of 300 characters (within the bounds)',
    bytes: () => docx(repeatedBody(`<w:p><w:r><w:t>${SENTENCE.repeat(4)}</w:t></w:r></w:p>`, 3_000)),
  },
];

/**
 * A DOCX of about 100 MB that fills every bound at once without breaking one: a main document of 8 500
 * paragraphs and 195 000 elements (14 MB, stored), a styles part of 11 000 styles and 33 000 elements
 * (9 MB), together just under the 24 MB of XML and the 250 000 elements a file may have, and 72 MB of random padding in an entry that is never
 * read. What lint spends on it is the most any input can make it spend, near enough.
 */
export function hundredMegabyteDocx(): Uint8Array {
  const attribute = 'A'.repeat(1000);
  const run = `<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">Ủy ban nhân dân </w:t></w:r>`;
  const paragraph = `<w:p w:rsidR="00AB12CD" w:rsidP="${attribute}"><w:pPr><w:jc w:val="both"/></w:pPr>${run.repeat(5)}</w:p>`;
  const style = (i: number) =>
    `<w:style w:type="paragraph" w:styleId="s${i}"><w:name w:val="Kiểu ${i} ${'x'.repeat(760)}"/><w:basedOn w:val="s${i > 0 ? i - 1 : 0}"/></w:style>`;
  const styles = `<w:styles xmlns:w="${W}">${Array.from({ length: 11_000 }, (_, i) => style(i)).join('')}</w:styles>`;
  const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s" Type="${REL_TYPE}/styles" Target="styles.xml"/></Relationships>`;
  const padding = randomFillSync(Buffer.alloc(72 * 1024 * 1024));
  return docx(
    // A Quốc hiệu first: without one the file is not an administrative document and lint stops early.
    repeatedBody(
      paragraph,
      8_500,
      `${OPEN}<w:p><w:r><w:t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</w:t></w:r></w:p>`,
    ),
    [
      ['word/_rels/document.xml.rels', rels],
      ['word/styles.xml', styles],
      ['word/media/padding.bin', padding],
    ],
    { store: true },
  );
}
