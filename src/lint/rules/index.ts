/** Every lint rule, in the order the report lists them (page, fonts, header, title, body, signature). */
import type { LintRule } from '../rule.js';
import { AGENCY_RULES } from './agency.js';
import { BODY_RULES } from './body.js';
import { DATE_RULES } from './date.js';
import { FONT_RULES } from './fonts.js';
import { NATIONAL_RULES } from './national.js';
import { NUMBER_RULES } from './number.js';
import { PAGE_RULES } from './page.js';
import { PAGE_NUMBER_RULES } from './pageNumber.js';
import { RECIPIENT_RULES } from './recipients.js';
import { SIGNATURE_RULES } from './signature.js';
import { TITLE_RULES } from './title.js';

export const RULES: readonly LintRule[] = [
  ...PAGE_RULES,
  ...FONT_RULES,
  ...PAGE_NUMBER_RULES,
  ...NATIONAL_RULES,
  ...AGENCY_RULES,
  ...NUMBER_RULES,
  ...DATE_RULES,
  ...TITLE_RULES,
  ...BODY_RULES,
  ...SIGNATURE_RULES,
  ...RECIPIENT_RULES,
];
