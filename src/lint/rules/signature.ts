/** SG-01, SG-03: the authority and title lines and the signer's name (PL1-II.7.đ). */
import { L } from '../finding.js';
import { findingOf, type LintRule } from '../rule.js';
import { ELEMENT, PROPERTY, VALUE } from '../words.js';
import { checkStyle } from './segmentStyle.js';

const titles: LintRule = {
  id: 'SG-01',
  clause: 'PL1-II.7.đ',
  severity: 'error',
  element: ELEMENT.signatureTitle,
  requirement: L(
    'IN HOA, đậm, đứng, cỡ 13–14, căn giữa ở cột phải',
    'UPPERCASE, bold, upright, 13–14 pt, centred in the right column',
  ),
  check: ({ elements: e }) => {
    if (e.signatureTitles.length === 0)
      return [
        findingOf(titles, {
          property: PROPERTY.presence,
          expected: L(
            'chức vụ người ký IN HOA ở cột phải, cuối văn bản',
            "the signer's title in capitals, right column, at the end",
          ),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    return e.signatureTitles.flatMap((s) =>
      checkStyle(titles, s, {
        sizes: [13, 14],
        bold: true,
        italic: false,
        case: 'upper',
        align: 'center',
        column: 'right',
      }),
    );
  },
};

const name: LintRule = {
  id: 'SG-03',
  clause: 'PL1-II.7.đ',
  severity: 'error',
  element: ELEMENT.signerName,
  requirement: L(
    'Chữ thường (viết hoa chữ đầu), đậm, đứng, cỡ 13–14, căn giữa dưới chức vụ',
    'Normal capitalisation, bold, upright, 13–14 pt, centred under the title',
  ),
  check: ({ elements: e }) => {
    if (e.signatureTitles.length === 0) return [];
    if (!e.signerName)
      return [
        findingOf(name, {
          property: PROPERTY.presence,
          expected: L('họ tên người ký dưới chức vụ', "the signer's name under the title"),
          found: VALUE.notFound,
          where: {},
        }),
      ];
    return checkStyle(name, e.signerName, {
      sizes: [13, 14],
      bold: true,
      italic: false,
      case: 'notUpper',
      align: 'center',
    });
  },
};

export const SIGNATURE_RULES: LintRule[] = [titles, name];
