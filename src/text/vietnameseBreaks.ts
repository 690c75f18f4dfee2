/**
 * Where a Vietnamese line may break, and how well. Text is cut at ordinary spaces into tokens (a
 * syllable with the punctuation stuck to it, or a lone "-"); between two tokens lies a gap. Each gap is
 * either forbidden, with the rule it would break, or allowed at a cost (0 = where offices break).
 *
 * Forbidden (the rules of issue #11):
 *   word      inside a word of several syllables from the word list ("giáo / dục"), or inside a name
 *             ("Quảng / Bình", "tỉnh / Quảng Bình");
 *   number    between a number and what it counts or labels ("tháng / 12", "04 / đơn vị", "quý / I",
 *             "ngày 05 / tháng 3");
 *   opener    after a word that opens the next phrase ("của /", "và /", "V/v /");
 *   dash      after a dash, before a dash or a comma, inside brackets' edges.
 * Allowed, cheapest first: before "và"/"hoặc", after a comma or semicolon, before a word that opens a
 * phrase (của, tại, về …) or an administrative unit (tỉnh, huyện …), before a capitalised word of a
 * name in mixed case; anywhere else costs the most.
 */
import { type WordIndex, syllableKey } from './vietnameseWords.js';

export type BreakRule = 'word' | 'number' | 'opener' | 'dash';

export interface Gap {
  /** Set when a break here breaks one of the rules. */
  forbidden?: BreakRule;
  /** Cost of breaking here when allowed (lower is better). */
  cost: number;
}

export interface Token {
  /** As written (NFC). */
  text: string;
  /** The syllable's key without surrounding punctuation ("" for punctuation alone). */
  key: string;
}

/** Ordinary white space; no-break spaces (U+00A0, U+2007, U+202F) keep their neighbours together. */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]+/u;
const LEADING_PUNCT = /^[\s"'“‘«([{]+/u;
const TRAILING_PUNCT = /[\s"'”’»)\]}.,;:!?…]+$/u;
const DASH = /^[-–—]+$/u;

/** Words that open the next phrase: a line never ends with one (keys, see syllableKey). */
const OPENERS = new Set(
  [
    'và',
    'của',
    'về',
    'tại',
    'các',
    'cho',
    'trong',
    'với',
    'để',
    'những',
    'theo',
    'từ',
    'đến',
    'trên',
    'dưới',
    'thuộc',
    'nhằm',
    'do',
    'bằng',
    'là',
    'hoặc',
    'hay',
    'mà',
    'khi',
    'giữa',
    'đối',
    'qua',
    'sau',
    'trước',
    'số',
    'v/v',
  ].map(syllableKey),
);

/** Openers that also make a good place to start a line ("… tháng 8 / và nhiệm vụ …"). */
const LINE_STARTERS = new Set(['và', 'hoặc'].map(syllableKey));

/** Words after which a number is a label, not a count: "tháng 12", "Điều 3", "quý I", "Nghị định 30". */
const NUMBER_LABELS = new Set(
  [
    'tháng',
    'năm',
    'ngày',
    'quý',
    'lần',
    'thứ',
    'điều',
    'khoản',
    'điểm',
    'số',
    'kỳ',
    'khóa',
    'đợt',
    'tuần',
    'đoạn',
    'chương',
    'mục',
    'phần',
    'lục',
    'nhóm',
    'loại',
    'hạng',
    'cấp',
    'lô',
    'tổ',
    'khu',
    'đội',
    'trạm',
    'đập',
    'phường',
    'quận',
    'định',
    'thị',
    'tư',
    'luật',
    'luận',
    'quyết',
    'km',
  ].map(syllableKey),
);

/** "ngày 05 tháng 3 năm 2020" reads as one date: no break after a day or month number. */
const DATE_PARTS = new Set(['ngày', 'tháng'].map(syllableKey));
const DATE_NEXT = new Set(['tháng', 'năm'].map(syllableKey));

/** Administrative units: the place name after one belongs with it ("tỉnh Quảng Bình"). */
const UNIT_WORDS = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'trấn', 'phố', 'thôn'].map(syllableKey));

/** First words of agency names ("Sở", "Phòng", "Văn phòng" …), capitalised before a capitalised name. */
const AGENCY_KINDS = new Set(
  [
    'sở',
    'phòng',
    'ban',
    'bộ',
    'cục',
    'vụ',
    'viện',
    'ủy',
    'hội',
    'trung',
    'chi',
    'văn',
    'trường',
    'đoàn',
    'tổng',
    'liên',
    'thanh',
    'kho',
    'ngân',
    'bảo',
    'tòa',
    'đài',
    'báo',
  ].map(syllableKey),
);

/** Words a line may end with even though they open phrases elsewhere, keyed by the word they end. */
const CLOSING_WORDS = new Set(
  ['kèm theo', 'đổi số', 'ký số'].map((w) => w.split(' ').map(syllableKey).join(' ')),
);

const COST = {
  lineStarter: 0,
  afterComma: 4,
  afterBracket: 1,
  beforeOpener: 1,
  beforeUnit: 1,
  beforeName: 3,
  plain: 6,
  insideLongName: 20,
} as const;

/** A name run in mixed case longer than this is allowed to break (at a high cost). */
const MAX_NAME_GLUE = 4;

export function tokenize(text: string): Token[] {
  return text
    .normalize('NFC')
    .split(BREAKING_SPACE)
    .filter((t) => t.length > 0)
    .map((t) => ({ text: t, key: syllableKey(t.replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '')) }));
}

const isNumber = (t: Token): boolean => /^\d/.test(t.key);
const isRoman = (t: Token): boolean => /^[IVXLC]+$/.test(t.text.replace(TRAILING_PUNCT, ''));
const isDash = (t: Token): boolean => DASH.test(t.text);
const endsPhrase = (t: Token): boolean => /[,;:.!?)”’"»]$/u.test(t.text);
const isLetters = (t: Token): boolean => /^\p{L}/u.test(t.key);
const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text.replace(LEADING_PUNCT, ''));

/** Marks gaps (index i = between token i and i+1) inside listed words. */
function markWords(tokens: Token[], words: WordIndex, glue: Array<BreakRule | undefined>): void {
  tokens.forEach((token, i) => {
    for (const word of words.get(token.key) ?? []) {
      if (i + word.length > tokens.length) continue;
      let matches = true;
      for (let k = 0; k < word.length && matches; k++) {
        const t = tokens[i + k];
        const key = word[k] ?? '';
        // A word may end at punctuation ("HÓA,") but not run through it, unless listed with it ("phòng, chống").
        const listedComma = key.endsWith(',');
        matches =
          t !== undefined &&
          t.key === (listedComma ? key.slice(0, -1) : key) &&
          (listedComma ? t.text.endsWith(',') : k === word.length - 1 || !endsPhrase(t));
        if (matches && k > 0 && t !== undefined && LEADING_PUNCT.test(t.text)) matches = false;
      }
      if (!matches) continue;
      for (let k = 0; k < word.length - 1; k++) glue[i + k] = 'word';
      break;
    }
  });
}

/** Place names after an administrative unit, and capitalised runs in mixed-case text. */
function markNames(tokens: Token[], glue: Array<BreakRule | undefined>, costs: number[]): void {
  const mixedCase = tokens.some((t) => /\p{Ll}/u.test(t.text));
  // A name's syllables: capitalised ones in mixed case; in capitals, the next up to 3 syllables.
  const partOfName = (t: Token) => isLetters(t) && !OPENERS.has(t.key) && (!mixedCase || isCapitalised(t));
  tokens.forEach((token, i) => {
    if (!UNIT_WORDS.has(token.key) || endsPhrase(token)) return;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && partOfName(tokens[j]!)) {
      if (endsPhrase(tokens[j]!)) {
        j++;
        break;
      }
      j++;
    }
    // tokens i+1 .. j-1 are the name: glue the unit word to it and the name together.
    for (let k = i; k < j - 1; k++) glue[k] = 'word';
  });
  if (!mixedCase) return;
  let start = 0;
  while (start < tokens.length) {
    let end = start;
    while (
      end < tokens.length &&
      isLetters(tokens[end]!) &&
      isCapitalised(tokens[end]!) &&
      (end === start || !endsPhrase(tokens[end - 1]!))
    )
      end++;
    // "Phòng / Tài chính", "Bộ / Công Thương": an agency's kind may stand apart from its name.
    const first = start < end && AGENCY_KINDS.has(tokens[start]!.key) ? start + 1 : start;
    if (end - first >= 2) {
      for (let k = first; k < end - 1; k++) {
        if (end - first <= MAX_NAME_GLUE) glue[k] ??= 'word';
        else costs[k] = Math.max(costs[k] ?? 0, COST.insideLongName);
      }
    }
    start = Math.max(end, start + 1);
  }
}

function markNumbers(tokens: Token[], glue: Array<BreakRule | undefined>): void {
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (!next) return;
    const labelled = (t: Token | undefined, n: Token) =>
      t !== undefined && NUMBER_LABELS.has(t.key) && !endsPhrase(t) && (isNumber(n) || isRoman(n));
    // "tháng / 12", "quý / I"
    if (labelled(token, next)) glue[i] = 'number';
    if (!isNumber(token) || endsPhrase(token)) return;
    const prev = tokens[i - 1];
    if (labelled(prev, token)) {
      // "ngày 05 / tháng 3": a date reads as one
      if (prev && DATE_PARTS.has(prev.key) && DATE_NEXT.has(next.key)) glue[i] = 'number';
    } else if (isLetters(next)) {
      // "04 / đơn vị": a count stays with what it counts
      glue[i] = 'number';
    }
  });
}

/** The gaps between consecutive tokens (length tokens.length − 1). */
export function breakGaps(tokens: Token[], words: WordIndex): Gap[] {
  const n = Math.max(tokens.length - 1, 0);
  const glue: Array<BreakRule | undefined> = new Array<BreakRule | undefined>(n).fill(undefined);
  const extra: number[] = new Array<number>(n).fill(0);
  markWords(tokens, words, glue);
  markNames(tokens, glue, extra);
  markNumbers(tokens, glue);

  const gaps: Gap[] = [];
  for (let i = 0; i < n; i++) {
    const before = tokens[i]!;
    const after = tokens[i + 1]!;
    const gap: Gap = { cost: gapCost(tokens, i) + (extra[i] ?? 0) };
    const rule = forbiddenRule(tokens, i) ?? glue[i];
    if (rule) gap.forbidden = rule;
    // A punctuation-only token after a word ("Sở :") stays on its line.
    if (!rule && after.key === '' && !isDash(after)) gap.forbidden = 'dash';
    if (!rule && before.key === '' && /[([{“‘«"']$/u.test(before.text)) gap.forbidden = 'dash';
    gaps.push(gap);
  }
  return gaps;
}

function forbiddenRule(tokens: Token[], i: number): BreakRule | undefined {
  const before = tokens[i]!;
  const after = tokens[i + 1]!;
  if (isDash(before) || /[-–—]$/u.test(before.text)) return 'dash';
  if (/^[-–—,;:.)]/u.test(after.text)) return 'dash';
  if (OPENERS.has(before.key) && !endsPhrase(before)) {
    const prev = tokens[i - 1];
    if (!(prev && CLOSING_WORDS.has(`${prev.key} ${before.key}`))) return 'opener';
  }
  return undefined;
}

function gapCost(tokens: Token[], i: number): number {
  const before = tokens[i]!;
  const after = tokens[i + 1]!;
  if (LINE_STARTERS.has(after.key)) return COST.lineStarter;
  if (/[,;:]$/u.test(before.text)) return COST.afterComma;
  if (/[)”’"»]$/u.test(before.text)) return COST.afterBracket;
  if (OPENERS.has(after.key)) return COST.beforeOpener;
  if (UNIT_WORDS.has(after.key) || after.key === 'thị' || after.key === 'thành') return COST.beforeUnit;
  if (isCapitalised(after) && tokens.some((t) => /\p{Ll}/u.test(t.text))) return COST.beforeName;
  return COST.plain;
}
