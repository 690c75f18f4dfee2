/**
 * Giấy mời with free sections (issue 12): the numbered content of a thông báo instead of or besides the
 * event's fields, and type_name variants ("GIẤY MỜI HỌP") that must still start with the kind's name.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadDocument } from '../../src/load/loadDocument.js';
import { bodyTexts, DATA, example, kindWorkspace, loadClean } from './support.js';

const FREE = '2024-03-giay-moi-hop-chuyen-doi-so.yaml';
const INVITATION = example('2023-01-giay-moi-tong-ket.yaml');

function write(text: string) {
  return kindWorkspace().write('data/gm.yaml', text);
}

describe('a giấy mời written as numbered sections', () => {
  it('prints the intro, the numbered items with their 2.1, 2.2 paragraphs, the closing; no event lines', () => {
    const { model } = loadClean(join(DATA, FREE));
    expect(model.title.typeName).toBe('GIẤY MỜI HỌP');
    expect(model.header.numberLine).toMatch(/\/GM-SKHCN$/);
    const texts = bodyTexts(model);
    expect(texts.filter((t) => /^\d\. /.test(t))).toEqual([
      '1. Thời gian, hình thức họp',
      '2. Địa điểm, thành phần',
      '3. Công tác chuẩn bị',
    ]);
    expect(texts.some((t) => t.startsWith('2.1. Địa điểm:'))).toBe(true);
    expect(texts.some((t) => /kính mời|Tới dự|^Thời gian:/.test(t))).toBe(false);
    expect(texts.at(-1)).toMatch(/thời gian\.\/\.$/);
  });

  it('besides the event, in the numbered layout, the items number on after its parts', () => {
    const text = INVITATION.replace(/^notes:\n(?: {2}.*\n|\n)+?(?=^recipients:)/m, '')
      .replace(/^event:$/m, 'layout: numbered\nevent:')
      .replace(
        /^recipients:$/m,
        'items:\n  - title: Công tác chuẩn bị\n    items: [Báo cáo, Số liệu]\nrecipients:',
      );
    const texts = bodyTexts(loadClean(write(text)).model);
    const numbered = texts.filter((t) => /^\d\. /.test(t)).map((t) => t.slice(0, 3));
    expect(numbered).toEqual(['1. ', '2. ', '3. ', '4. ', '5. ', '6. ', '7. ']);
    expect(texts).toContain('7. Công tác chuẩn bị');
    expect(texts).toContain('a) Báo cáo');
  });

  it('needs the event or the items', () => {
    const text = INVITATION.replace(/^event:\n(?: {2}.*\n)+/m, '');
    const result = loadDocument(write(text));
    expect(result.diagnostics.map((d) => [d.code, d.args.field])).toEqual([['FIELD_MISSING', 'event']]);
  });
});

describe('type_name', () => {
  it('a variant that starts with the type name is printed in capitals, without a warning', () => {
    const text = INVITATION.replace(/^summary:/m, 'type_name: Giấy mời họp\nsummary:');
    expect(loadClean(write(text)).model.title.typeName).toBe('GIẤY MỜI HỌP');
  });

  it('another type name is printed but warned about, at the field', () => {
    const text = INVITATION.replace(/^summary:/m, 'type_name: Thư mời\nsummary:');
    const result = loadDocument(write(text));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['TYPE_NAME_VARIANT']);
    expect(result.diagnostics[0]!.location?.line).toBe(
      text.split('\n').findIndex((l) => l.startsWith('type_name:')) + 1,
    );
    expect(result.model?.title.typeName).toBe('THƯ MỜI');
  });

  it('works for the kinds with free content too (báo cáo)', () => {
    const report = example('2021-06-bao-cao-6-thang.yaml').replace(
      /^summary:/m,
      'type_name: Báo cáo tóm tắt\nsummary:',
    );
    expect(loadClean(write(report)).model.title.typeName).toBe('BÁO CÁO TÓM TẮT');
  });
});
