/** A body table cell's printed lines: its runs' text, a new line at each line break the clerk kept. */
import type { BodyTableCell } from '../../model/document.js';

export function cellLines(cell: Pick<BodyTableCell, 'runs'> | undefined): string[] {
  return (cell?.runs ?? []).reduce<string[]>(
    (out, r) => {
      if (r.lineBreak) out.push('');
      out[out.length - 1] += r.text;
      return out;
    },
    [''],
  );
}
