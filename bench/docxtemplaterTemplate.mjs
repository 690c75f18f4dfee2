/**
 * The Word template for the docxtemplater comparison (bench/docxtemplater.mjs), generated with the `docx`
 * library so it needs no binary fixture. Kept apart so a docxtemplater batch never loads docx.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const FONT = 'Times New Roman';
const run = (text, options = {}) => new TextRun({ text, font: FONT, size: 28, ...options });
const line = (text, options = {}, align = AlignmentType.CENTER) =>
  new Paragraph({ alignment: align, children: [run(text, options)] });
const body = (text, options = {}) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { before: 120, line: 276 },
    children: [run(text, options)],
  });
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
const twoColumns = (left, right) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 40, type: WidthType.PERCENTAGE }, children: left }),
          new TableCell({ width: { size: 60, type: WidthType.PERCENTAGE }, children: right }),
        ],
      }),
    ],
  });

/** The Word template, as a DOCX with docxtemplater tags (paragraph loops). */
export async function buildTemplate() {
  const document = new Document({
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 851 } },
        },
        children: [
          twoColumns(
            [
              line('{parent_agency}'),
              line('{agency_upper}', { bold: true }),
              line('Số: {number}/TB-{abbreviation}'),
            ],
            [
              line('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 26 }),
              line('Độc lập - Tự do - Hạnh phúc', { bold: true }),
              line('{place}, ngày {day} tháng {month} năm {year}', { italics: true }),
            ],
          ),
          line('THÔNG BÁO', { bold: true }),
          line('{#summary}', { bold: true }),
          line('{.}', { bold: true }),
          line('{/summary}', { bold: true }),
          body(
            'Vào lúc {time}, ngày {meeting_date}, đồng chí {chair_name} - {chair_title} đã chủ trì cuộc họp ' +
              'giao ban để nghe {reporters} báo cáo nhiệm vụ và kiến nghị, đề xuất; ý kiến góp ý, thảo luận ' +
              'của {commenters}.',
          ),
          body('{#conclusions}'),
          body('{.}'),
          body('{/conclusions}'),
          body('1. Nhiệm vụ chung của các phòng, đơn vị thuộc Sở:', { bold: true }),
          body('{#general_tasks}'),
          body('- {.}'),
          body('{/general_tasks}'),
          body('2. Một số nhiệm vụ cần lưu ý thực hiện:', { bold: true }),
          body('{#units}'),
          body('2.{index} {name}:', { bold: true }),
          body('{#tasks}'),
          body('- {.}'),
          body('{/tasks}'),
          body('{/units}'),
          body('{closing}./.'),
          twoColumns(
            [
              line('Nơi nhận:', { bold: true, italics: true, size: 24 }, AlignmentType.LEFT),
              line('{#recipients}', { size: 22 }, AlignmentType.LEFT),
              line('- {.};', { size: 22 }, AlignmentType.LEFT),
              line('{/recipients}', { size: 22 }, AlignmentType.LEFT),
              line('- Lưu: {archive}.', { size: 22 }, AlignmentType.LEFT),
            ],
            [line('{signer_title}', { bold: true }), line(''), line('{signer_name}', { bold: true })],
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
