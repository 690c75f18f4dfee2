/**
 * The comparison: the same notice made the way many offices do it, by filling a Word template with
 * docxtemplater. The template is generated once with the `docx` library (so it needs no binary fixture)
 * and carries docxtemplater tags: {#general_tasks}{.}{/general_tasks} loops, a nested loop over units.
 * Filling starts from the same YAML file as vanban (parsed with `yaml`, the agency profile read once),
 * so both sides do the same job: YAML in, DOCX bytes out.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { parse } from 'yaml';

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

const pad = (n) => String(n).padStart(2, '0');
const dateParts = (value) => {
  const [year, month, day] = String(value).split('-').map(Number);
  return { day: pad(day), month: month < 3 ? pad(month) : String(month), year: String(year) };
};

const profiles = new Map();
function profileFor(yamlPath, id) {
  const path = join(dirname(yamlPath), 'agencies', `${id}.yaml`);
  let profile = profiles.get(path);
  if (!profile) {
    profile = parse(readFileSync(path, 'utf8'));
    profiles.set(path, profile);
  }
  return profile;
}

/** The template's data from a notice's YAML: what a docxtemplater-based tool has to compute itself. */
export function viewOf(yamlPath, yamlText) {
  const doc = parse(yamlText);
  const profile = profileFor(yamlPath, doc.agency);
  const person = (id) => profile.people.find((p) => p.id === id) ?? { name: id, title: '' };
  const issued = dateParts(doc.issue_date);
  const chair = person(doc.meeting.chair);
  const signer = person(doc.signer.person);
  const unitTasks = doc.unit_tasks ?? {};
  return {
    parent_agency: profile.parent_agency ?? '',
    agency_upper: profile.name.toUpperCase(),
    abbreviation: profile.abbreviation,
    number: doc.number ?? '     ',
    place: profile.place,
    ...issued,
    summary: Array.isArray(doc.summary) ? doc.summary : [doc.summary],
    time: doc.meeting.time,
    meeting_date: String(doc.meeting.date),
    chair_name: chair.name,
    chair_title: chair.title_in_text ?? chair.title,
    reporters: doc.meeting.reporters,
    commenters: doc.meeting.commenters ?? '',
    conclusions: doc.conclusions ?? [],
    general_tasks: doc.general_tasks ?? [],
    units: profile.units
      .filter((u) => unitTasks[u.id])
      .map((u, i) => ({ index: i + 1, name: u.name, tasks: unitTasks[u.id] })),
    closing: doc.closing,
    recipients: doc.recipients ?? [],
    archive: (doc.archive?.units ?? ['VT']).join(', '),
    signer_title: signer.title.toUpperCase(),
    signer_name: signer.name,
  };
}

/** Fills the template for one YAML file: unzip, compile, render, zip, as docxtemplater's docs show. */
export function fillTemplate(template, yamlPath, yamlText) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(viewOf(yamlPath, yamlText));
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}
