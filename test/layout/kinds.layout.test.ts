/**
 * Every shipped example of every document kind, rendered through LibreOffice and measured on the page
 * against the decree's rules (nd30-spec §1–§4). The expected text comes from each document's model, so
 * the same checks hold for any kind: header, rules, title, page numbers, signature and Nơi nhận.
 * The monthly notice has its own, finer test in example.layout.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { renderDocx } from '../../src/render/docx/renderDocx.js';
import type { OfficialDocument } from '../../src/model/document.js';
import {
  findLine,
  layoutTestsCanRun,
  measurePdf,
  renderDocxToPdfForTest,
  type PdfLayout,
  type PdfPage,
  type PdfTextLine,
} from '../support/pdfLayout.js';
import { REPO } from '../support/workspace.js';
import { SHIPPED_EXAMPLE_NAMES } from '../package/shipped.js';

const canRun = layoutTestsCanRun('the rendered-layout test of every document kind');

const LEFT = 30;
const RIGHT = 210 - 15;
const PAGE_CENTRE = (LEFT + RIGHT) / 2;
const centre = (l: PdfTextLine) => l.leftMm + l.widthMm / 2;
const bottom = (l: PdfTextLine) => l.topMm + l.heightMm;
const isPageNumber = (l: PdfTextLine) => /^\d+$/.test(l.text) && l.topMm < 20;

const EXAMPLES = SHIPPED_EXAMPLE_NAMES.filter((f) => f !== '2020-08-giao-ban.yaml');

/** The line with exactly this text (whitespace runs collapsed, as pdftotext reads them). */
function exact(page: PdfPage, text: string): PdfTextLine {
  const wanted = text.replace(/\s+/g, ' ').trim();
  const found = page.lines.find((l) => l.text === wanted);
  expect(found, `"${wanted}" on page ${page.number}`).toBeDefined();
  return found!;
}

/**
 * The lines a text was wrapped into, top to bottom: the renderer breaks a long agency name, trích yếu or
 * Nơi nhận item to fit its column, and the lines of other columns interleave with them on the page.
 */
function wrapped(page: PdfPage, text: string): PdfTextLine[] {
  const wanted = text.replace(/\s+/g, ' ').trim();
  for (const start of page.lines.filter((l) => wanted.startsWith(l.text))) {
    const found = [start];
    let rest = wanted.slice(start.text.length).trimStart();
    for (const l of page.lines) {
      if (rest === '') break;
      if (l.topMm > found[found.length - 1]!.topMm && rest.startsWith(l.text)) {
        found.push(l);
        rest = rest.slice(l.text.length).trimStart();
      }
    }
    if (rest === '') return found;
  }
  expect.fail(`"${wanted}" on page ${page.number}`);
}

function startingWith(page: PdfPage, text: string): PdfTextLine {
  const found = page.lines.find((l) => l.text.startsWith(text));
  expect(found, `a line starting "${text}" on page ${page.number}`).toBeDefined();
  return found!;
}

/** "Số:      /GM-SKHCN" is read as two pieces when the number is left blank: join them back. */
function numberLine(page: PdfPage, model: OfficialDocument): PdfTextLine {
  const so = startingWith(page, 'Số:');
  const symbol = model.header.numberLine.split(/\s+/).pop()!;
  if (so.text.endsWith(symbol)) return so;
  const rest = findLine(page, symbol)!;
  expect(rest, `the ký hiệu "${symbol}"`).toBeDefined();
  return { ...so, widthMm: rest.leftMm + rest.widthMm - so.leftMm };
}

function ruleUnder(page: PdfPage, l: PdfTextLine) {
  return page.rules.find(
    (r) =>
      r.yMm > bottom(l) - 1 && r.yMm < bottom(l) + 4 && Math.abs((r.leftMm + r.rightMm) / 2 - centre(l)) < 2,
  );
}

describe.skipIf(!canRun).each(EXAMPLES)('rendered layout of data/%s (LibreOffice)', (file) => {
  let model: OfficialDocument;
  let layout: PdfLayout;
  let first: PdfPage;
  /** The page holding the signature: the last page before any appendix. */
  let signed: PdfPage;
  let appendixPages: PdfPage[];
  let dir: string | undefined;

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    model = loadDocument(join(REPO, 'data', file)).model!;
    expect(model, `data/${file} loads without errors`).toBeDefined();
    dir = mkdtempSync(join(tmpdir(), 'vanban-kinds-layout-'));
    const docx = join(dir, file.replace(/\.yaml$/, '.docx'));
    writeFileSync(docx, await renderDocx(model));
    layout = await measurePdf(await renderDocxToPdfForTest(docx));
    first = layout.pages[0]!;
    const signsHere = (p: PdfPage) =>
      p.lines.some((l) => l.text === model.signature.name && l.bold && l.sizePt === 14);
    const signedIndex = layout.pages.map(signsHere).lastIndexOf(true);
    expect(signedIndex, 'the page with the signer’s name').toBeGreaterThanOrEqual(0);
    signed = layout.pages[signedIndex]!;
    appendixPages = layout.pages.slice(signedIndex + 1);
  }, 180_000);

  it('is A4 in one serif family metric-compatible with Times New Roman, inside the margins', () => {
    const footer = new Set(model.footer?.lines ?? []);
    for (const page of layout.pages) {
      const landscape = page.widthMm > page.heightMm;
      expect([page.widthMm, page.heightMm].sort((a, b) => a - b).map(Math.round)).toEqual([210, 297]);
      const right = (landscape ? 297 : 210) - 15;
      for (const l of page.lines) {
        expect(l.fontFamily).toMatch(/^(Times New Roman|Liberation Serif)$/);
        expect(l.fontFamilies, `fallback font in "${l.text}"`).toHaveLength(1);
        if (landscape) continue;
        expect(l.leftMm, l.text).toBeGreaterThanOrEqual(LEFT - 0.5);
        expect(l.leftMm + l.widthMm, l.text).toBeLessThanOrEqual(right + 0.5);
        if (isPageNumber(l) || footer.has(l.text)) continue;
        expect(l.topMm, l.text).toBeGreaterThanOrEqual(20 - 1.5);
        expect(bottom(l), l.text).toBeLessThanOrEqual(297 - 20 + 0.5);
      }
    }
  });

  it('leaves no page a third empty before the signature page (issue 12: no block pushed on)', () => {
    // Pages before the signature's: the text area ends 20 mm above the foot; two thirds of it filled.
    for (const page of layout.pages.slice(0, layout.pages.indexOf(signed))) {
      const lines = page.lines.filter(
        (l) => !isPageNumber(l) && !(model.footer?.lines ?? []).includes(l.text),
      );
      const last = Math.max(...lines.map(bottom));
      expect(last, `page ${page.number} ends at ${last.toFixed(0)} mm`).toBeGreaterThan(
        20 + (2 / 3) * (page.heightMm - 40),
      );
    }
  });

  it('sets the header: quốc hiệu, tiêu ngữ and its rule, agency and its rule, Số and date lines', () => {
    const qh = exact(first, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const tn = exact(first, 'Độc lập - Tự do - Hạnh phúc');
    expect([qh.sizePt, qh.bold, qh.italic]).toEqual([13, true, false]);
    expect([tn.sizePt, tn.bold, tn.italic]).toEqual([14, true, false]);
    expect(centre(tn)).toBeCloseTo(centre(qh), 0);
    const motto = ruleUnder(first, tn);
    expect(motto, 'rule under the tiêu ngữ').toBeDefined();
    expect(motto!.lengthMm / tn.widthMm).toBeGreaterThan(0.9);
    expect(motto!.lengthMm / tn.widthMm).toBeLessThan(1.1);

    const left: PdfTextLine[] = [];
    if (model.header.parentAgency) {
      const parent = exact(first, model.header.parentAgency);
      expect([parent.sizePt, parent.bold]).toEqual([13, false]);
      left.push(parent);
    }
    const agency = model.header.agencyLines.flatMap((a) => wrapped(first, a));
    for (const a of agency) expect([a.sizePt, a.bold]).toEqual([13, true]);
    left.push(...agency);
    const agencyRule = ruleUnder(first, agency[agency.length - 1]!);
    expect(agencyRule, 'rule under the agency name').toBeDefined();
    const agencyWidth = Math.max(...agency.map((a) => a.widthMm));
    expect(agencyRule!.lengthMm).toBeGreaterThanOrEqual(agencyWidth / 3 - 0.5);
    expect(agencyRule!.lengthMm).toBeLessThanOrEqual(agencyWidth / 2 + 0.5);

    const so = numberLine(first, model);
    expect([so.sizePt, so.bold, so.italic]).toEqual([13, false, false]);
    left.push(so);
    for (const l of left) {
      expect(centre(l), l.text).toBeCloseTo(centre(left[0]!), 0);
      expect(l.leftMm + l.widthMm, `${l.text} stays in the left column`).toBeLessThan(qh.leftMm);
    }
    expect(qh.topMm).toBeLessThan(27);

    if (model.header.placeDateLine) {
      const date = exact(first, model.header.placeDateLine);
      expect([date.sizePt, date.italic, date.bold]).toEqual([14, true, false]);
      expect(centre(date)).toBeCloseTo(centre(qh), 0);
      expect(
        Math.abs(bottom(so) - bottom(date)),
        'the date line stands on the row of the Số line',
      ).toBeLessThan(1.5);
    } else {
      expect(first.lines.some((l) => /, ngày \d\d tháng \d+ năm \d{4}$/.test(l.text) && l.italic)).toBe(
        false,
      );
    }
  });

  it('draws độ khẩn and độ mật stamps in a box, bold upper case', () => {
    for (const stamp of [model.header.urgency, model.header.secrecy].filter((s) => s !== undefined)) {
      const l = exact(first, stamp);
      expect([l.bold, l.text]).toEqual([true, l.text.toUpperCase()]);
      const edges = first.rules.filter(
        (r) =>
          r.leftMm < l.leftMm &&
          r.rightMm > l.leftMm + l.widthMm &&
          Math.abs(r.yMm - (l.topMm + l.heightMm / 2)) < 8,
      );
      expect(
        edges.filter((r) => r.yMm < l.topMm + l.heightMm / 2).length,
        `top edge of ${stamp}`,
      ).toBeGreaterThan(0);
      expect(
        edges.filter((r) => r.yMm > l.topMm + l.heightMm / 2).length,
        `bottom edge of ${stamp}`,
      ).toBeGreaterThan(0);
    }
  });

  it('sets the type name and trích yếu bold 14 in the centre, with a rule of 1/3–1/2 its width', () => {
    if (model.header.subjectLines) {
      // Công văn: no type name; "V/v …" in 12 pt under the Số line, inside the left column.
      const so = numberLine(first, model);
      const qh = exact(first, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      const vv = startingWith(first, 'V/v ');
      expect(vv.sizePt).toBe(12);
      expect(vv.topMm).toBeGreaterThan(so.topMm);
      const subject = first.lines.filter(
        (l) => l.sizePt === 12 && l.topMm >= vv.topMm && l.topMm < vv.topMm + 40,
      );
      for (const l of subject) {
        expect(centre(l), l.text).toBeCloseTo(centre(so), 0);
        expect(l.leftMm + l.widthMm).toBeLessThan(qh.leftMm);
      }
      return;
    }
    const type = exact(first, model.title.typeName);
    const summary = model.title.summaryLines.flatMap((s) => wrapped(first, s));
    for (const l of [type, ...summary]) {
      expect([l.sizePt, l.bold], l.text).toEqual([14, true]);
      expect(centre(l), l.text).toBeCloseTo(PAGE_CENTRE, 0);
    }
    const rule = ruleUnder(first, summary[summary.length - 1]!);
    expect(rule, 'rule under the trích yếu').toBeDefined();
    const width = Math.max(...summary.map((l) => l.widthMm));
    expect(rule!.lengthMm).toBeGreaterThanOrEqual(width / 3 - 0.5);
    expect(rule!.lengthMm).toBeLessThanOrEqual(width / 2 + 0.5);
  });

  it('justifies the body at 14 pt from margin to margin, first lines 1 cm in, ending with ./.', () => {
    const pages = layout.pages.slice(0, layout.pages.indexOf(signed) + 1);
    const body = pages.flatMap((p) =>
      p.lines.filter((l) => l.sizePt === 14 && !l.bold && !l.italic && l.widthMm > 150 && !isPageNumber(l)),
    );
    expect(body.length).toBeGreaterThan(2);
    for (const l of body) {
      expect(
        [LEFT, LEFT + 10].some((x) => Math.abs(l.leftMm - x) < 0.5),
        `${l.text} starts at ${l.leftMm}`,
      ).toBe(true);
    }
    const flush = body.filter((l) => Math.abs(l.leftMm + l.widthMm - RIGHT) < 0.5);
    // Justified: lines other than a paragraph's last end exactly at the margin (ragged text never does).
    expect(flush.length).toBeGreaterThan(0);
    expect(flush.length / body.length).toBeGreaterThanOrEqual(0.4);
    expect(pages.some((p) => p.lines.some((l) => l.text.endsWith('./.')))).toBe(true);
  });

  it('numbers pages from 2 at the top centre in 14 pt, restarting in each appendix', () => {
    const main = layout.pages.slice(0, layout.pages.indexOf(signed) + 1);
    expect(first.lines.some(isPageNumber)).toBe(false);
    for (const [i, page] of main.entries()) {
      if (i === 0) continue;
      const n = page.lines.find((l) => l.text === String(i + 1) && l.topMm < 20);
      expect(n, `page number ${i + 1}`).toBeDefined();
      expect(n!.sizePt).toBe(14);
      expect(centre(n!)).toBeCloseTo(PAGE_CENTRE, 0);
    }
    for (const page of appendixPages) {
      const numbers = page.lines.filter(isPageNumber).map((l) => Number(l.text));
      for (const n of numbers) expect(n, `appendix page ${page.number}`).toBeLessThan(page.number);
    }
  });

  it('keeps the signature whole: authority lines bold 14, the name centred under them, text above', () => {
    const titles = model.signature.titleLines.map((t) => exact(signed, t));
    const name = exact(signed, model.signature.name);
    for (const l of [...titles, name]) expect([l.sizePt, l.bold], l.text).toEqual([14, true]);
    for (const t of titles) expect(centre(t)).toBeCloseTo(centre(titles[0]!), 0);
    expect(centre(name)).toBeCloseTo(centre(titles[0]!), 0);
    expect(name.topMm - bottom(titles[titles.length - 1]!), 'room for signature and seal').toBeGreaterThan(
      15,
    );
    expect(titles[0]!.leftMm).toBeGreaterThan(LEFT + 60);
    const above = signed.lines.filter(
      (l) => bottom(l) < titles[0]!.topMm && l.sizePt === 14 && !isPageNumber(l),
    );
    expect(above.length, 'body text above the signature on its page').toBeGreaterThan(0);

    if (model.secondSignature) {
      const otherTitles = model.secondSignature.titleLines.map((t) => exact(signed, t));
      const otherName = exact(signed, model.secondSignature.name);
      expect(Math.abs(otherTitles[0]!.topMm - titles[0]!.topMm), 'two signatures side by side').toBeLessThan(
        2,
      );
      expect(centre(otherTitles[0]!)).toBeLessThan(PAGE_CENTRE);
      expect(centre(otherName)).toBeCloseTo(centre(otherTitles[0]!), 0);
    }
  });

  it('sets Nơi nhận bold italic 12, items in 11 pt one per line, the last "- Lưu: …."', () => {
    const label = exact(signed, model.recipients.label);
    expect([label.sizePt, label.bold, label.italic]).toEqual([12, true, true]);
    expect(label.leftMm).toBeLessThan(LEFT + 3);
    const items = model.recipients.items.map((i) => wrapped(signed, i));
    for (const [k, lines] of items.entries()) {
      for (const l of lines) expect([l.sizePt, l.bold, l.italic], l.text).toEqual([11, false, false]);
      expect(lines[0]!.text.startsWith('- ')).toBe(true);
      expect(lines[lines.length - 1]!.text.endsWith(k === items.length - 1 ? '.' : ';')).toBe(true);
      if (k > 0) expect(lines[0]!.topMm).toBeGreaterThan(items[k - 1]![0]!.topMm);
    }
    expect(items[items.length - 1]![0]!.text).toMatch(/^- Lưu: VT\b/);
    const firstTitle = exact(signed, model.signature.titleLines[0]!);
    if (model.secondSignature) {
      expect(label.topMm, 'below the two signatures').toBeGreaterThan(
        exact(signed, model.signature.name).topMm,
      );
    } else {
      expect(Math.abs(label.topMm - firstTitle.topMm), 'level with the first authority line').toBeLessThan(2);
    }
  });
});
