/** Every lint rule, in the order the report lists them (page, fonts, header, title, body, signature, extras). */
import type { LintRule } from '../rule.js';
import { ADDRESS_RULES } from './address.js';
import { AGENCY_RULES } from './agency.js';
import { APPENDIX_PAGE_RULES, APPENDIX_RULES } from './appendix.js';
import { BODY_RULES } from './body.js';
import { CAPITAL_RULES } from './capitals.js';
import { DATE_RULES } from './date.js';
import { ENCODING_RULES } from './encoding.js';
import { E_SIGNATURE_RULES } from './eSignature.js';
import { FONT_RULES } from './fonts.js';
import { KINH_GUI_RULES } from './kinhGui.js';
import { LAYOUT_RULES } from './layoutRules.js';
import { NATIONAL_RULES } from './national.js';
import { NUMBER_RULES } from './number.js';
import { PAGE_RULES } from './page.js';
import { PAGE_NUMBER_RULES } from './pageNumber.js';
import { RECIPIENT_RULES } from './recipients.js';
import { SIGNATURE_RULES } from './signature.js';
import { STAMP_RULES } from './stamps.js';
import { STRUCTURE_RULES } from './structure.js';
import { TITLE_RULES } from './title.js';

export const RULES: readonly LintRule[] = [
  ...PAGE_RULES,
  ...FONT_RULES.slice(0, 2),
  ...ENCODING_RULES,
  ...FONT_RULES.slice(2),
  ...PAGE_NUMBER_RULES,
  ...APPENDIX_PAGE_RULES,
  ...NATIONAL_RULES,
  ...AGENCY_RULES,
  ...NUMBER_RULES,
  ...DATE_RULES,
  ...TITLE_RULES,
  ...STAMP_RULES,
  ...KINH_GUI_RULES,
  ...BODY_RULES,
  ...STRUCTURE_RULES,
  ...SIGNATURE_RULES,
  ...RECIPIENT_RULES,
  ...ADDRESS_RULES,
  ...APPENDIX_RULES,
  ...E_SIGNATURE_RULES,
  ...LAYOUT_RULES,
  ...CAPITAL_RULES,
];
