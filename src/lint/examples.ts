/**
 * Examples taken from the document itself. The rules and hints are written with the decree's own sample
 * ("Quảng Bình, ngày 05 tháng 02 năm 2020", "Số: 05/TB-SKHCN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"); a clerk in
 * Lào Cai should read the place, the agency, the type and the symbol of the paper in front of them.
 */
import { L, type Finding, type Localized } from './finding.js';
import { HINTS } from './hints.js';
import type { LintContext } from './rule.js';
import { localityOf } from './text.js';

export interface DocumentFacts {
  /** "Lào Cai", from the date line or the local body in the agency lines. */
  place?: string;
  /** "SỞ CÔNG THƯƠNG". */
  agency?: string;
  /** "TB-SCT": the symbol after the "/" of the Số line, or one built from the type and the agency. */
  symbol?: string;
  /** "Thông báo". */
  typeName?: string;
}

const SMALL_WORDS = new Set(['VÀ', 'CỦA']);

/** "SỞ KHOA HỌC VÀ CÔNG NGHỆ" → "SKHCN": the initials offices use for their symbol. */
export function initialsOf(agency: string): string {
  return agency
    .split(/\s+/u)
    .filter((w) => w !== '' && !SMALL_WORDS.has(w))
    .map((w) => w[0]!)
    .join('');
}

function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi-VN')
    .split(' ')
    .map((w) => (w === '' ? w : w[0]!.toLocaleUpperCase('vi-VN') + w.slice(1)))
    .join(' ');
}

export function factsOf(ctx: LintContext): DocumentFacts {
  const e = ctx.elements;
  const facts: DocumentFacts = {};
  const fromDate = e.date ? /^([^,]{2,40}),\s*ngày/u.exec(e.date.text)?.[1]?.trim() : undefined;
  if (fromDate && /^\p{Lu}/u.test(fromDate)) facts.place = fromDate;
  else {
    const local = [...e.parentAgency, ...e.agency].map((s) => localityOf(s.text)).find((x) => x?.name);
    if (local?.name) facts.place = titleCase(local.name);
  }
  const agency = e.agency
    .map((s) => s.text)
    .join(' ')
    .trim();
  if (agency) facts.agency = agency;
  const symbol = e.number
    ? /\/\s*([^\s/]*\p{L}[^\s/]*)/u.exec(e.number.text.replace(/\s*-\s*/gu, '-'))?.[1]
    : undefined;
  const abbreviation = e.documentType?.abbreviation;
  if (symbol) facts.symbol = symbol;
  else if (agency) facts.symbol = abbreviation ? `${abbreviation}-${initialsOf(agency)}` : initialsOf(agency);
  if (e.documentType) {
    const name = e.documentType.name.toLocaleLowerCase('vi-VN');
    facts.typeName = name[0]!.toLocaleUpperCase('vi-VN') + name.slice(1);
  }
  return facts;
}

/** The decree's sample values, replaced by the document's own where it has them. */
export function ownExamples(text: string, facts: DocumentFacts): string {
  let out = text;
  if (facts.place) out = out.replace(/Quảng Bình/gu, facts.place);
  if (facts.symbol) out = out.replace(/TB-SKHCN/gu, facts.symbol);
  if (facts.typeName) out = out.replace(/Kèm theo Thông báo số/gu, `Kèm theo ${facts.typeName} số`);
  return out;
}

function own(l: Localized, facts: DocumentFacts): Localized {
  return L(ownExamples(l.vi, facts), ownExamples(l.en, facts));
}

/** Each finding's expected value, message and hint with the document's own examples. */
export function withOwnExamples(findings: Finding[], ctx: LintContext): Finding[] {
  const facts = factsOf(ctx);
  return findings.map((f) => {
    const hint = HINTS[f.rule];
    const out: Finding = { ...f, expected: own(f.expected, facts) };
    if (f.message) out.message = own(f.message, facts);
    if (hint) {
      const personal = own(hint, facts);
      if (personal.vi !== hint.vi || personal.en !== hint.en) out.hint = personal;
    }
    return out;
  });
}
