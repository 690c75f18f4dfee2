/**
 * The real Word documents of ../shared/real-docs (beside the checkout; tests skip when absent), and the
 * helpers that make one-change mutants of them: one edit to one paragraph's XML, the way a clerk's edit in
 * Word would change it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, repack, unpack } from './fixtures.js';

export const REAL_DOCS = join(REPO, '..', 'shared', 'real-docs');
export const realDocsPresent = existsSync(REAL_DOCS);

/** The bytes of the real document whose name starts with `prefix` ("007"). */
export function realDoc(prefix: string): Uint8Array {
  const name = readdirSync(REAL_DOCS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no real document ${prefix}`);
  return new Uint8Array(readFileSync(join(REAL_DOCS, name)));
}

/** The real document with one part changed; throws when the change leaves the part as it was. */
export function mutateReal(
  prefix: string,
  change: (xml: string) => string,
  part = 'word/document.xml',
): Uint8Array {
  const parts = unpack(realDoc(prefix));
  const xml = parts.get(part);
  if (typeof xml !== 'string') throw new Error(`${prefix}: no part ${part}`);
  const next = change(xml);
  if (next === xml) throw new Error(`the mutant of ${prefix} does not change ${part}`);
  parts.set(part, next);
  return repack(parts);
}

const PARAGRAPH = /<w:p(?: [^>]*)?>(?:(?!<w:p[ >]).)*?<\/w:p>/gs;

/** The visible text of a paragraph's XML (its w:t contents joined). */
const textOf = (p: string): string =>
  [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Applies `edit` to the paragraph whose visible text contains `containing` (the first, or the `nth` from 0). */
export const para =
  (containing: string, edit: (p: string) => string, nth = 0) =>
  (xml: string): string => {
    const hits = [...xml.matchAll(PARAGRAPH)].filter((m) => textOf(m[0]).includes(containing));
    const m = hits[nth];
    if (!m) throw new Error(`mutant: no paragraph contains "${containing}"`);
    const changed = edit(m[0]);
    if (changed === m[0]) throw new Error(`mutant: paragraph "${containing}" unchanged`);
    return xml.slice(0, m.index) + changed + xml.slice(m.index + m[0].length);
  };

/** Replaces text inside one w:t of the paragraph (the text must sit in a single run). */
export const text =
  (from: string | RegExp, to: string) =>
  (p: string): string => {
    let done = false;
    const out = p.replace(
      /(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g,
      (whole, open: string, t: string, close: string) => {
        if (done) return whole;
        const next = t.replace(from, to);
        if (next === t) return whole;
        done = true;
        return `${open.includes('xml:space') ? open : '<w:t xml:space="preserve">'}${next}${close}`;
      },
    );
    if (!done) throw new Error(`mutant: "${String(from)}" is not inside one run`);
    return out;
  };

/** Edits the run properties of every run of the paragraph (and its mark), adding an rPr where there is none. */
export const runs =
  (edit: (rPr: string) => string) =>
  (p: string): string =>
    p
      .replace(
        /(<w:r(?: [^>]*)?>)(?:<w:rPr>(.*?)<\/w:rPr>|<w:rPr\/>)?/gs,
        (_w, open: string, rPr: string | undefined) => `${open}<w:rPr>${edit(rPr ?? '')}</w:rPr>`,
      )
      .replace(
        /(<w:pPr>.*?<w:rPr>)(.*?)(<\/w:rPr>)/s,
        (_w, a: string, rPr: string, c: string) => a + edit(rPr) + c,
      );

const drop = (rPr: string, tag: string): string => rPr.replace(new RegExp(`<w:${tag}(?: [^>]*)?/>`, 'g'), '');

export const size = (pt: number) => (rPr: string) =>
  drop(drop(rPr, 'sz'), 'szCs') + `<w:sz w:val="${pt * 2}"/><w:szCs w:val="${pt * 2}"/>`;
export const bold = (on: boolean) => (rPr: string) => drop(rPr, 'b') + (on ? '<w:b/>' : '<w:b w:val="0"/>');
export const italic = (on: boolean) => (rPr: string) => drop(rPr, 'i') + (on ? '<w:i/>' : '<w:i w:val="0"/>');
export const font = (name: string) => (rPr: string) =>
  `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:cs="${name}"/>` + drop(rPr, 'rFonts');

/** Edits the paragraph properties (adding a w:pPr where there is none). */
export const pPr =
  (edit: (props: string) => string) =>
  (p: string): string =>
    /<w:pPr>/.test(p)
      ? p.replace(/<w:pPr>(.*?)<\/w:pPr>/s, (_w, props: string) => `<w:pPr>${edit(props)}</w:pPr>`)
      : p.replace(/^(<w:p(?: [^>]*)?>)/, (open) => `${open}<w:pPr>${edit('')}</w:pPr>`);

/** Sets one paragraph property, replacing the one there (w:jc, w:ind, w:spacing …), before the mark's rPr. */
export const setProp = (tag: string, xml: string) => (props: string) => {
  const rest = props.replace(new RegExp(`<w:${tag}(?: [^>]*)?/>`, 'g'), '');
  const at = rest.indexOf('<w:rPr>');
  return at < 0 ? rest + xml : rest.slice(0, at) + xml + rest.slice(at);
};
export const jc = (value: string) => pPr(setProp('jc', `<w:jc w:val="${value}"/>`));

/** Chains edits of one paragraph. */
export const all =
  (...edits: Array<(p: string) => string>) =>
  (p: string): string =>
    edits.reduce((acc, e) => e(acc), p);
