/**
 * Ô 6 with everything it may hold: paragraphs (laid out by body.ts, unchanged), footnote marks, and
 * simple tables. A paragraph that carries footnotes gets body.ts's paragraph properties and its runs
 * here, so the paragraph look stays defined in one place.
 */
import { LineRuleType, Paragraph, type Table } from 'docx';
import type { BodyParagraph, BodyStyle, ContentBlock } from '../../model/document.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { ptToTwip } from '../../layout/units.js';
import { bodyParagraphs, DEFAULT_BODY_STYLE } from './body.js';
import { bodyTable } from './bodyTable.js';
import { runsWithNotes } from './noteRuns.js';

function hasFootnote(block: BodyParagraph): boolean {
  return block.runs.some((r) => r.footnote !== undefined);
}

/**
 * Space around a table: an empty paragraph of exact height before (kept with the table) and after, so
 * neither the text above nor the next paragraph or the signature table touches it.
 */
function tableGap(keepNext: boolean): Paragraph {
  return new Paragraph({
    keepNext,
    spacing: {
      before: 0,
      after: 0,
      line: ptToTwip(ND30_ELEMENTS.table.afterPt),
      lineRule: LineRuleType.EXACT,
    },
    children: [],
  });
}

export function contentBlocks(
  blocks: ContentBlock[],
  widthMm?: number,
  style: BodyStyle = DEFAULT_BODY_STYLE,
): Array<Paragraph | Table> {
  const paragraphs = blocks.filter((b): b is BodyParagraph => b.type === 'paragraph');
  // One call for all paragraphs: body.ts gives the first one its larger space before.
  const laidOut = bodyParagraphs(
    paragraphs.map((p) => (hasFootnote(p) ? { ...p, runs: [] } : p)),
    style,
  );
  let next = 0;
  return blocks.flatMap((block) => {
    if (block.type === 'table') return [tableGap(true), bodyTable(block, widthMm), tableGap(false)];
    const paragraph = laidOut[next++]!;
    if (hasFootnote(block)) {
      // Inserted at the front one by one, so in reverse to keep their order.
      for (const child of runsWithNotes(block.runs, style.sizePt).reverse()) paragraph.addRunToFront(child);
    }
    return [paragraph];
  });
}
