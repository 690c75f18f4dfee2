/**
 * The comparison: the same notice made the way many offices do it, by filling a Word template with
 * docxtemplater. The template is generated once with the `docx` library (so it needs no binary fixture)
 * and carries docxtemplater tags: {#general_tasks}{.}{/general_tasks} loops, a nested loop over units.
 * Filling starts from the same YAML file as vanban (parsed with `yaml`, the agency profile read once),
 * so both sides do the same job: YAML in, DOCX bytes out.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { parse } from 'yaml';

/** The Word template, as a DOCX with docxtemplater tags (paragraph loops); made with docx, imported only here. */
export async function buildTemplate() {
  const template = await import('./docxtemplaterTemplate.mjs');
  return template.buildTemplate();
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
