/**
 * Kính gửi as offices write it (issue 12): kinh_gui_layout: inline puts the first of several on the
 * label's line with the others' dashes under its dash; a giấy mời may carry Kính gửi too.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/loadDocument.js';
import { check, render as renderFile } from '../../src/api/library.js';
import { lintDocx } from '../../src/lint/lint.js';
import { example, kindWorkspace, loadClean, paragraphWith, render } from './support.js';

const LETTER = example('2021-05-cong-van-de-xuat-nhiem-vu.yaml');
const INVITATION = example('2023-01-giay-moi-tong-ket.yaml');

function write(text: string) {
  return kindWorkspace().write('data/doc.yaml', text);
}

/** The left edge of the first line of a paragraph, twips (left indent less the hanging). */
function firstLineStart(xml: string): number {
  const left = Number(/<w:ind w:left="(\d+)"/.exec(xml)![1]);
  const hanging = Number(/w:hanging="(\d+)"/.exec(xml)?.[1] ?? 0);
  return left - hanging;
}

describe('kinh_gui_layout: inline', () => {
  it('sets the first recipient on the "Kính gửi:" line and the dashes of the rest under its dash', async () => {
    const { model } = loadClean(write(LETTER.replace(/^kinh_gui:$/m, 'kinh_gui_layout: inline\nkinh_gui:')));
    expect(model.addressees).toEqual({
      label: 'Kính gửi:',
      items: [
        '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;',
        '- Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương.',
      ],
      inline: true,
    });
    const r = await render(model);
    const first = paragraphWith(r, 'Kính gửi: - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;');
    const second = paragraphWith(r, '- Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương.');
    // The first line's wrapped text and the second item's text start at the same place, after "- ".
    const textOf = (xml: string) => Number(/<w:ind w:left="(\d+)"/.exec(xml)![1]);
    expect(textOf(first)).toBe(textOf(second));
    expect(firstLineStart(first)).toBeLessThan(firstLineStart(second));
  });

  it('leaves one recipient on the label line, as before', () => {
    const text = LETTER.replace(
      /^kinh_gui:\n(?: {2}- .*\n)+/m,
      'kinh_gui_layout: inline\nkinh_gui: Bộ Nội vụ\n',
    );
    const { model } = loadClean(write(text));
    expect(model.addressees).toEqual({ label: 'Kính gửi:', items: ['Bộ Nội vụ'] });
  });

  it("the default stays the decree's list under the label", () => {
    const { model } = loadClean(write(LETTER));
    expect(model.addressees?.inline).toBeUndefined();
  });
});

describe('Kính gửi in a giấy mời', () => {
  const withKinhGui = (kinhGui: string) =>
    INVITATION.replace(/^invitees:\n(?: {2}- .*\n)+/m, kinhGui).replace(/^ {2}- Như thành phần mời\n/m, '');

  it('one line or a list; the invitees may then be left out, and Nơi nhận starts "- Như trên;"', () => {
    const one = loadClean(write(withKinhGui('kinh_gui: Ủy ban nhân dân tỉnh\n'))).model;
    expect(one.addressees).toEqual({ label: 'Kính gửi:', items: ['Ủy ban nhân dân tỉnh'] });
    expect(one.recipients.items[0]).toBe('- Như trên;');
    expect(one.body.map((b) => b.runs.map((r) => r.text).join('')).join('\n')).not.toMatch(/kính mời/);

    const list = loadClean(
      write(withKinhGui("kinh_gui: [Ủy ban nhân dân tỉnh, 'Các sở, ban, ngành']\n")),
    ).model;
    expect(list.addressees?.items).toEqual(['- Ủy ban nhân dân tỉnh;', '- Các sở, ban, ngành.']);
  });

  it('passes check and lint: the decree forbids it nowhere and offices write it (KG-01 accepts a GIẤY MỜI)', async () => {
    const path = write(withKinhGui("kinh_gui: [Ủy ban nhân dân tỉnh, 'Các sở, ban, ngành']\n"));
    expect((await check(path)).diagnostics.map((d) => d.code)).toEqual([]);
    const rendered = await renderFile(path, { write: false });
    expect(lintDocx(new Uint8Array(rendered.docx!)).map((f) => f.rule)).toEqual([]);
  });

  it('one recipient keeps the full stop the clerk wrote after it, and lint passes it', async () => {
    const path = write(withKinhGui('kinh_gui: Ủy ban nhân dân huyện Đồng Phú.\n'));
    const { model } = loadClean(path);
    expect(model.addressees?.items).toEqual(['Ủy ban nhân dân huyện Đồng Phú.']);
    const rendered = await renderFile(path, { write: false });
    expect(lintDocx(new Uint8Array(rendered.docx!)).map((f) => f.rule)).toEqual([]);
    // Without one, none is added: the decree sets no mark after a single recipient.
    expect(loadClean(write(withKinhGui('kinh_gui: Ủy ban nhân dân tỉnh\n'))).model.addressees?.items).toEqual(
      ['Ủy ban nhân dân tỉnh'],
    );
  });

  it('without invitees or kinh_gui, who is invited is missing', () => {
    const result = loadDocument(write(withKinhGui('')));
    expect(result.diagnostics.map((d) => [d.code, d.args.field])).toEqual([['FIELD_MISSING', 'invitees']]);
  });
});
