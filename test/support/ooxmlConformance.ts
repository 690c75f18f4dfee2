/**
 * The parts of ECMA-376 (Transitional, Part 1) that make Word offer to "repair" a file when broken: the
 * fixed child order of the property elements, table cells that hold a paragraph last, a grid for every
 * table, numeric attributes that are numbers, and a package whose relationships and content types point
 * at parts that exist. LibreOffice forgives all of these, so our layout tests cannot see them; Word does
 * not. Only the elements vanban writes are listed.
 */
import { posix } from 'node:path';
import { openZip } from '../../src/lint/zip.js';
import { attr, childElements, parseXml, type XmlElement } from '../../src/lint/xml.js';

/** xsd:sequence of each complex type, by element name (CT_PPr, CT_RPr, CT_TblPr, CT_TcPr, CT_SectPr …). */
const RPR_BASE = [
  'w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike',
  'w:outline', 'w:shadow', 'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden',
  'w:color', 'w:spacing', 'w:w', 'w:kern', 'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect',
  'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang', 'w:eastAsianLayout',
  'w:specVanish', 'w:oMath',
]; // prettier-ignore

const PPR_BASE = [
  'w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr',
  'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd',
  'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle',
]; // prettier-ignore

export const SEQUENCES: Record<string, string[]> = {
  'w:pPr': [...PPR_BASE, 'w:rPr', 'w:sectPr', 'w:pPrChange'],
  'w:rPr': ['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', ...RPR_BASE, 'w:rPrChange'],
  'w:tblPr': [
    'w:tblStyle', 'w:tblpPr', 'w:tblOverlap', 'w:bidiVisual', 'w:tblStyleRowBandSize', 'w:tblStyleColBandSize',
    'w:tblW', 'w:jc', 'w:tblCellSpacing', 'w:tblInd', 'w:tblBorders', 'w:shd', 'w:tblLayout', 'w:tblCellMar',
    'w:tblLook', 'w:tblCaption', 'w:tblDescription', 'w:tblPrChange',
  ], // prettier-ignore
  'w:tcPr': [
    'w:cnfStyle', 'w:tcW', 'w:gridSpan', 'w:hMerge', 'w:vMerge', 'w:tcBorders', 'w:shd', 'w:noWrap', 'w:tcMar',
    'w:textDirection', 'w:tcFitText', 'w:vAlign', 'w:hideMark', 'w:headers', 'w:cellIns', 'w:cellDel',
    'w:cellMerge', 'w:tcPrChange',
  ], // prettier-ignore
  'w:sectPr': [
    'w:headerReference|w:footerReference', 'w:footnotePr', 'w:endnotePr', 'w:type', 'w:pgSz', 'w:pgMar',
    'w:paperSrc', 'w:pgBorders', 'w:lnNumType', 'w:pgNumType', 'w:cols', 'w:formProt', 'w:vAlign',
    'w:noEndnote', 'w:titlePg', 'w:textDirection', 'w:bidi', 'w:rtlGutter', 'w:docGrid', 'w:printerSettings',
    'w:sectPrChange',
  ], // prettier-ignore
  'w:pBdr': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:between', 'w:bar'],
  'w:tblBorders': ['w:top', 'w:left|w:start', 'w:bottom', 'w:right|w:end', 'w:insideH', 'w:insideV'],
  'w:tcBorders': [
    'w:top', 'w:left|w:start', 'w:bottom', 'w:right|w:end', 'w:insideH', 'w:insideV', 'w:tl2br', 'w:tr2bl',
  ], // prettier-ignore
  'w:tbl': ['w:bookmarkStart|w:bookmarkEnd', 'w:tblPr', 'w:tblGrid', 'w:tr|w:bookmarkStart|w:bookmarkEnd'],
  'w:tr': ['w:tblPrEx', 'w:trPr', 'w:tc|w:bookmarkStart|w:bookmarkEnd'],
  'w:tc': ['w:tcPr', 'w:p|w:tbl|w:bookmarkStart|w:bookmarkEnd'],
  'w:p': ['w:pPr', '*'],
  'w:r': ['w:rPr', '*'],
};

/** Attributes whose value must be a whole number (ST_TwipsMeasure, ST_HpsMeasure, ST_DecimalNumber …). */
const INTEGER_ATTRIBUTES: Record<string, string[]> = {
  'w:sz': ['w:val'],
  'w:szCs': ['w:val'],
  'w:spacing': ['w:before', 'w:after', 'w:line'],
  'w:ind': ['w:left', 'w:right', 'w:firstLine', 'w:hanging', 'w:start', 'w:end'],
  'w:pgSz': ['w:w', 'w:h'],
  'w:pgMar': ['w:top', 'w:right', 'w:bottom', 'w:left', 'w:header', 'w:footer', 'w:gutter'],
  'w:gridCol': ['w:w'],
  'w:tblW': ['w:w'],
  'w:tcW': ['w:w'],
  'w:gridSpan': ['w:val'],
  'w:tab': ['w:pos'],
  'w:top': ['w:sz', 'w:space'],
  'w:bottom': ['w:sz', 'w:space'],
  'w:left': ['w:sz', 'w:space'],
  'w:right': ['w:sz', 'w:space'],
  'w:trHeight': ['w:val'],
  'w:pgNumType': ['w:start'],
  'w:footnoteReference': ['w:id'],
};

export interface ConformanceProblem {
  part: string;
  /** Path of element names from the part's root, with the index of each among its siblings. */
  where: string;
  problem: string;
}

function orderProblem(el: XmlElement, sequence: string[]): string | undefined {
  let position = 0;
  for (const child of childElements(el)) {
    const slot = sequence.findIndex(
      (s, i) => i >= position && s.split('|').some((n) => n === child.name || n === '*'),
    );
    if (slot === -1) {
      const known = sequence.some((s) => s.split('|').includes(child.name));
      return known
        ? `<${child.name}> stands after an element the schema puts after it`
        : `<${child.name}> is not allowed in <${el.name}>`;
    }
    // An element repeats only where its slot allows several (runs, rows, cells, references, "*").
    const repeatable =
      sequence[slot]!.includes('|') ||
      ['*', 'w:tr', 'w:tc', 'w:p'].some((n) => sequence[slot]!.split('|').includes(n));
    position = repeatable ? slot : slot + 1;
  }
  return undefined;
}

function checkElement(el: XmlElement, part: string, where: string, out: ConformanceProblem[]): void {
  const sequence = SEQUENCES[el.name];
  if (sequence) {
    const problem = orderProblem(el, sequence);
    if (problem) out.push({ part, where, problem });
  }
  for (const name of INTEGER_ATTRIBUTES[el.name] ?? []) {
    const value = attr(el, name);
    if (value !== undefined && !/^-?\d+$/.test(value))
      out.push({ part, where, problem: `${name}="${value}" is not a whole number` });
  }
  if (el.name === 'w:tc') {
    const last = childElements(el).at(-1);
    if (last?.name !== 'w:p') out.push({ part, where, problem: 'a table cell must end with a paragraph' });
  }
  if (el.name === 'w:tbl') {
    const grid = childElements(el).find((c) => c.name === 'w:tblGrid');
    const columns = grid ? childElements(grid).filter((c) => c.name === 'w:gridCol').length : 0;
    for (const row of childElements(el).filter((c) => c.name === 'w:tr')) {
      const spans = childElements(row)
        .filter((c) => c.name === 'w:tc')
        .map((tc) => {
          const tcPr = childElements(tc).find((c) => c.name === 'w:tcPr');
          const span = tcPr && childElements(tcPr).find((c) => c.name === 'w:gridSpan');
          return Number(attr(span, 'w:val') ?? '1');
        });
      const used = spans.reduce((a, b) => a + b, 0);
      if (used !== columns)
        out.push({ part, where, problem: `a row spans ${used} grid columns, the grid has ${columns}` });
    }
  }
  childElements(el).forEach((child, i) => checkElement(child, part, `${where}/${child.name}[${i}]`, out));
}

/** Every problem of the package that Word would stumble on; none for a conforming file. */
export function conformanceProblems(docx: Uint8Array): ConformanceProblem[] {
  const zip = openZip(docx);
  const names = zip.names();
  const out: ConformanceProblem[] = [];
  const types = parseXml(zip.read('[Content_Types].xml')!.toString('utf8'));
  if (!types.name.endsWith('Types'))
    out.push({ part: '[Content_Types].xml', where: types.name, problem: 'not a content-types part' });
  const defaults = new Set(
    childElements(types)
      .filter((c) => c.name === 'Default')
      .map((c) => attr(c, 'Extension')!.toLowerCase()),
  );
  const overrides = childElements(types)
    .filter((c) => c.name === 'Override')
    .map((c) => attr(c, 'PartName')!.replace(/^\//, ''));
  for (const name of names) {
    if (name.endsWith('/')) continue;
    // "_rels/.rels" has the extension "rels" for OPC, though path.extname sees none.
    const base = posix.basename(name);
    const ext = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
    if (!overrides.includes(name) && !defaults.has(ext))
      out.push({ part: name, where: '[Content_Types].xml', problem: 'the part has no content type' });
  }
  for (const name of overrides)
    if (!names.includes(name))
      out.push({
        part: name,
        where: '[Content_Types].xml',
        problem: 'an Override names a part that is not there',
      });
  for (const rels of names.filter((n) => n.endsWith('.rels'))) {
    const source = posix.dirname(posix.dirname(rels)); // "word/_rels/document.xml.rels" → "word"
    const base = source === '.' ? '' : source;
    const ids = new Set<string>();
    for (const rel of childElements(parseXml(zip.read(rels)!.toString('utf8')))) {
      const id = attr(rel, 'Id')!;
      if (ids.has(id)) out.push({ part: rels, where: id, problem: 'a relationship id is used twice' });
      ids.add(id);
      if (attr(rel, 'TargetMode') === 'External') continue;
      const target = attr(rel, 'Target')!;
      const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
      if (!names.includes(path))
        out.push({ part: rels, where: id, problem: `the target ${path} is not in the package` });
    }
  }
  for (const name of names.filter((n) => /^word\/.*\.xml$/.test(n))) {
    checkElement(parseXml(zip.read(name)!.toString('utf8')), name, '', out);
  }
  return out;
}
