/**
 * Footnotes as the importer reads them: lint's runs carry the ids of the footnotes whose marks stand in
 * them (after the run's text, where Word puts the reference in a run of its own); the importer gives each
 * run the notes' texts, so the markup it writes keeps every mark where it stood ("^[…]").
 */
import type { Paragraph, Run } from '../lint/docxModel.js';
import { noteMarkup } from '../text/inlineNote.js';

/** A run with the text of each footnote marked in it, in order. */
export interface NotedRun extends Run {
  notes?: string[];
}

/** The runs with their footnotes' texts; a note with no text is no note. */
export function notedRuns(runs: readonly Run[], notes: ReadonlyMap<string, string>): NotedRun[] {
  return runs.map((run) => {
    const texts = (run.footnotes ?? []).map((id) => notes.get(id) ?? '').filter((t) => t !== '');
    return texts.length > 0 ? { ...run, notes: texts } : run;
  });
}

/**
 * The runs' one footnote when its mark ends them (nothing but spaces after it), and the runs without it:
 * what vanban prints from an item's `note:`. Undefined when the runs hold no note, several, or one
 * inside the text.
 */
export function trailingNote(runs: readonly NotedRun[]): { runs: NotedRun[]; note: string } | undefined {
  const marked = runs.filter((r) => r.notes !== undefined);
  const only = marked.length === 1 && marked[0]!.notes!.length === 1 ? marked[0]! : undefined;
  if (!only) return undefined;
  const at = runs.indexOf(only);
  if (runs.slice(at + 1).some((r) => r.text.trim() !== '')) return undefined;
  const { notes, ...bare } = only;
  return { runs: [...runs.slice(0, at), bare, ...runs.slice(at + 1)], note: notes![0]! };
}

/** The runs' text with each footnote written "^[…]" after its run, for text read without emphasis. */
export function textWithNotes(runs: readonly NotedRun[]): string {
  return runs.map((r) => `${r.text}${(r.notes ?? []).map(noteMarkup).join('')}`).join('');
}

/** The footnotes of each printed line of a paragraph (its text split at line breaks), in order. */
export function notesByLine(paragraph: Paragraph, notes: ReadonlyMap<string, string>): string[][] {
  const lines: string[][] = [[]];
  for (const run of notedRuns(paragraph.runs, notes)) {
    for (const c of run.text) if (c === '\n') lines.push([]);
    lines[lines.length - 1]!.push(...(run.notes ?? []));
  }
  return lines;
}
