/** Page set-up: A4 portrait, the decree's margins, no page number on page 1 (PL1-I.1–I.3, I.7). */
import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
import { ND30 } from '../../layout/nd30.js';
import { mmToTwip } from '../../layout/units.js';

export function pageProperties(): ISectionPropertiesOptions {
  const m = ND30.page.marginMm;
  return {
    titlePage: true,
    page: {
      size: {
        width: mmToTwip(ND30.page.widthMm),
        height: mmToTwip(ND30.page.heightMm),
        orientation: PageOrientation.PORTRAIT,
      },
      margin: {
        top: mmToTwip(m.top),
        bottom: mmToTwip(m.bottom),
        left: mmToTwip(m.left),
        right: mmToTwip(m.right),
        header: mmToTwip(ND30.page.headerDistanceMm),
        footer: mmToTwip(ND30.page.headerDistanceMm),
        gutter: 0,
      },
    },
  };
}
