/**
 * Documents made the way offices make them lint clean when they conform, and the rule that breaks is
 * still found through styles, tab stops and line shapes.
 */
import { AlignmentType } from 'docx';
import { describe as group, expect, it } from 'vitest';
import { contextOf } from '../../src/lint/lint.js';
import { expectOnly } from './support/fixtures.js';
import { AGENCY, officeDocx } from './support/officeDocx.js';

group('a Word-style notice (styles, tab stops, line shapes)', () => {
  it('lints clean', async () => {
    expectOnly(await officeDocx());
  });

  it('finds every element through styles and tab stops', async () => {
    const { elements: e } = contextOf(await officeDocx());
    expect(e.quocHieu?.column).toBe('right');
    expect(e.agency.map((s) => s.text)).toEqual([AGENCY]);
    expect(e.parentAgency.map((s) => s.text)).toEqual(['UBND TỈNH QUẢNG BÌNH']);
    expect(e.number?.text).toBe('Số: 15/TB-STP');
    expect(e.date?.column).toBe('right');
    expect(e.typeName?.text).toBe('THÔNG BÁO');
    expect(e.body).toHaveLength(4);
    expect(e.recipientItems).toHaveLength(3);
    expect(e.signatureTitles.map((s) => s.text)).toEqual(['GIÁM ĐỐC']);
    expect(e.signerName?.text).toBe('Nguyễn Văn A');
  });

  it('TN-03: the VML line under the Tiêu ngữ is dashed', async () => {
    expectOnly(await officeDocx({ mottoDash: 'dash' }), 'TN-03');
  });

  it('CQ-05: the DrawingML line under the agency is as long as the name', async () => {
    expectOnly(await officeDocx({ agencyRuleFraction: 1 }), 'CQ-05');
  });

  it('BD-01: the body style is left-aligned, reported once for all its paragraphs', async () => {
    const findings = expectOnly(await officeDocx({ bodyAlignment: AlignmentType.LEFT }), 'BD-01');
    expect(findings).toHaveLength(1);
    // A paragraph that prints on one short line looks the same justified or flush left: not reported.
    expect(findings[0]!.alsoAt?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('a red "KHẨN" stamp in a 20 × 8 mm text box under Số (DrawingML, or VML only) lints clean', async () => {
    const drawn = await officeDocx({ stamp: { widthMm: 20 } });
    expect(contextOf(drawn).elements.stamps.map((s) => s.name)).toEqual(['KHẨN']);
    expectOnly(drawn);
    expectOnly(await officeDocx({ stamp: { widthMm: 20, vmlOnly: true } }));
  });

  it('MK-01: the "KHẨN" text box is 30 mm wide (that is the HỎA TỐC size)', async () => {
    expectOnly(await officeDocx({ stamp: { widthMm: 30 } }), 'MK-01');
    expectOnly(await officeDocx({ stamp: { widthMm: 30, vmlOnly: true } }), 'MK-01');
  });

  it('QH-02: the Quốc hiệu character style is not bold', async () => {
    expectOnly(await officeDocx({ quocHieuBold: false }), 'QH-02');
  });
});
