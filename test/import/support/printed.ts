/**
 * A model as printed, for comparing two documents: runs of the same emphasis joined, spaces collapsed,
 * keep-with-next (a pagination hint) and the metadata left out.
 */
import type { ContentBlock, OfficialDocument, TextRun } from '../../../src/model/document.js';

function runs(list: readonly TextRun[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const r of list) {
    const style = `${r.bold ? 'b' : ''}${r.italic ? 'i' : ''}${r.footnote ? `[${r.footnote}]` : ''}`;
    const last = out.at(-1);
    if (last && last[1] === style && !style.includes('[')) last[0] += r.text;
    else out.push([r.text, style]);
  }
  // Spaces at a style boundary belong to either side as printed.
  return out.map(([t, s]) => [t.replace(/\s+/g, ' '), s] as [string, string]).filter(([t]) => t !== '');
}

function blocks(list: readonly ContentBlock[]): unknown[] {
  return list.map((b) =>
    b.type === 'table'
      ? {
          table: b.rows.map((row) =>
            row.map((c) =>
              runs(c.runs)
                .map(([t]) => t)
                .join(''),
            ),
          ),
        }
      : { runs: runs(b.runs), align: b.align, indent: b.indent },
  );
}

export function printed(model: OfficialDocument): unknown {
  const { header, title, signature, recipients, addressees, secondSignature, members, footer, appendices } =
    model;
  return {
    header,
    title,
    addressees,
    body: blocks(model.body),
    signature,
    secondSignature,
    members,
    recipients,
    footer,
    appendices: appendices?.map((a) => ({ ...a, body: blocks(a.body) })),
  };
}
