/** Body runs with their footnote marks: each footnote follows the run it belongs to. */
import { FootnoteReferenceRun, Paragraph, type TextRun } from 'docx';
import type { TextRun as ModelRun } from '../../model/document.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { run } from './runs.js';

/** A footnote: its text at the footnote size, single spacing. */
export function footnoteRun(text: string): FootnoteReferenceRun {
  return new FootnoteReferenceRun({
    children: [
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: [run(text, { sizePt: ND30_ELEMENTS.footnote.sizePt })],
      }),
    ],
  });
}

export function runsWithNotes(runs: ModelRun[], sizePt: number): Array<TextRun | FootnoteReferenceRun> {
  return runs.flatMap((r) => {
    const style = { sizePt, bold: r.bold ?? false, italic: r.italic ?? false };
    const text =
      r.text === '' && !r.lineBreak ? [] : [run(r.text, style, r.lineBreak ? { breakBefore: true } : {})];
    return r.footnote === undefined ? text : [...text, footnoteRun(r.footnote)];
  });
}
