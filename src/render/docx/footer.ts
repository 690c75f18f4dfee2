/** Ô 13: address, telephone, e-mail, website at the foot of page 1, under a full-width solid line (PL1-III.4). */
import { AlignmentType, BorderStyle, Footer, Paragraph } from 'docx';
import type { AddressFooter } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { ND30_ELEMENTS } from '../../layout/nd30Elements.js';
import { run } from './runs.js';

const F = ND30_ELEMENTS.footer;

export function addressFooter(footer: AddressFooter): Footer {
  return new Footer({
    children: footer.lines.map(
      (text, i) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: { before: 0, after: 0 },
          ...(i === 0
            ? {
                border: {
                  top: {
                    style: BorderStyle.SINGLE,
                    size: Math.round(F.rulePt * 8),
                    color: ND30.font.color,
                    space: 1,
                  },
                },
              }
            : {}),
          children: [run(text, { sizePt: F.sizePt })],
        }),
    ),
  });
}
