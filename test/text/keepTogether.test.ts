/**
 * keepWordsTogether: where Word would end a Kính gửi or Nơi nhận line inside a word, a name or after an
 * opener, one no-break space moves the words down together; nothing else in the text changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepWordsTogether, type LineRoom } from '../../src/text/keepTogether.js';
import { textWidthMm } from '../../src/measure/textWidth.js';
import { breakGaps, tokenize } from '../../src/text/vietnameseBreaks.js';
import { shippedWords } from '../../src/text/vietnameseWords.js';

const NBSP = '\u00a0';
const width = (s: string): number => textWidthMm(s, 14);

/** The lines Word makes, filling greedily at ordinary spaces (a no-break space joins). */
function wordLines(text: string, room: LineRoom): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of text.split(' ')) {
    const next = line === '' ? piece : `${line} ${piece}`;
    if (line !== '' && width(next) > (lines.length === 0 ? room.firstMm : room.restMm)) {
      lines.push(line);
      line = piece;
    } else line = next;
  }
  return [...lines, line];
}

/** True when a line ends in a gap the break rules forbid. */
function endsBadly(lines: string[]): boolean {
  const text = lines.join(' ').replace(/\u00a0/g, ' ');
  const tokens = tokenize(text);
  const gaps = breakGaps(tokens, shippedWords());
  let at = -1;
  return lines.slice(0, -1).some((line) => {
    at += tokenize(line.replace(/\u00a0/g, ' ')).length;
    return gaps[at]?.forbidden !== undefined;
  });
}

const KINH_GUI = '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;';
/** The room of a Kính gửi recipient in the công văn example: the line ends at "Trung / ương" without help. */
const ROOM: LineRoom = { firstMm: 112, restMm: 109 };

describe('keepWordsTogether', () => {
  it('joins "Trung ương" where Word would split it, and nothing else', () => {
    expect(endsBadly(wordLines(KINH_GUI, ROOM))).toBe(true);
    const kept = keepWordsTogether(KINH_GUI, width, ROOM);
    expect(kept.replace(/\u00a0/g, ' ')).toBe(KINH_GUI);
    expect(kept).toContain(`Trung${NBSP}ương`);
    expect(kept.split(NBSP).length - 1).toBeLessThanOrEqual(3);
    expect(endsBadly(wordLines(kept, ROOM))).toBe(false);
  });

  it('keeps a Nơi nhận note\'s words together: "(để đưa / tin)" never ends a line', () => {
    const entry = '- Báo Nghệ An, Đài PT-TH tỉnh (để đưa tin);';
    // Every width at which Word, unhelped, would end a line between "đưa" and "tin".
    const rooms = Array.from({ length: 80 }, (_, i) => 40 + i / 2)
      .map((mm) => ({ firstMm: mm, restMm: mm - 2 }))
      .filter((room) => wordLines(entry, room).some((l) => l.endsWith('đưa')));
    expect(rooms.length).toBeGreaterThan(0);
    for (const room of rooms) {
      const lines = wordLines(keepWordsTogether(entry, width, room), room);
      expect(
        lines.some((l) => l.endsWith('đưa') || l.endsWith('(để')),
        `${room.firstMm} mm`,
      ).toBe(false);
    }
  });

  it('leaves a text that fits on one line as it is', () => {
    expect(keepWordsTogether('- Văn phòng Sở;', width, ROOM)).toBe('- Văn phòng Sở;');
  });

  it('never joins a piece wider than a line: Word would then cut it anywhere', () => {
    const name = 'Trung tâm Thông tin và Ứng dụng Tiến bộ Khoa học và Công nghệ Quảng Bình';
    const narrow = { firstMm: 30, restMm: 30 };
    for (const piece of keepWordsTogether(name, width, narrow).split(' '))
      expect(width(piece), piece).toBeLessThanOrEqual(30);
  });

  it('for any words at any width, changes only single spaces into no-break spaces, and leaves no line ending badly that could be helped', () => {
    const syllables = [
      'Ủy',
      'ban',
      'nhân',
      'dân',
      'tỉnh',
      'Quảng',
      'Bình',
      'của',
      'Bộ',
      'Trung',
      'ương',
      'tháng',
      '12',
      'và',
      'các',
      'sở,',
      'ngành',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: 40, max: 120 }),
        (words, mm) => {
          const text = words.join(' ');
          const room = { firstMm: mm, restMm: mm - 3 };
          const kept = keepWordsTogether(text, width, room);
          expect(kept.length).toBe(text.length);
          expect(kept.replace(/\u00a0/g, ' ')).toBe(text);
          // Every piece still fits a line, so Word never has to cut inside one.
          for (const piece of kept.split(' '))
            if (piece.includes(NBSP)) expect(width(piece)).toBeLessThan(room.restMm);
        },
      ),
      { numRuns: 300 },
    );
  });
});
