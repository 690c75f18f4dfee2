/**
 * What a kind may change in the shape of the model, beyond the Mẫu 1.4 defaults. The kind decides
 * from its data; buildDocument assembles; the renderer only sees the resulting model.
 */
import type { SignatureBlock } from './document.js';
import type { NotedText } from '../kinds/notedText.js';

export interface DocumentStructure {
  /** Groups of the ký hiệu after "/": default [type abbreviation, agency abbreviation]; công văn [agency, unit]. */
  symbolGroups?: string[];
  /** Công văn (Mẫu 1.5): no ô 5a; the trích yếu goes under the Số line as "V/v …" (ô 5b). */
  subjectInHeader?: boolean;
  /** false: no place-and-date line (Biên bản, Mẫu 1.9). */
  dateLine?: boolean;
  /** Ô 9a recipients as written (punctuation is vanban's), each with its footnote if it has one. */
  addressees?: NotedText[];
  /** Several ô 9a recipients: the first on the label's line, the rest aligned under it. */
  addresseesInline?: boolean;
  /** Recipients printed before the document's own: "Như trên" (with Kính gửi), "Như Điều 3" (Quyết định). */
  leadingRecipients?: string[];
  /** Replaces the signature built from `signer` (Biên bản: CHỦ TỌA). */
  signature?: SignatureBlock;
  /** Printed left of the signature, recipients below (Biên bản: THƯ KÝ). */
  secondSignature?: SignatureBlock;
  /** Phụ lục titles, in order; their content comes from the template's <appendix> blocks. */
  appendices?: Array<{
    titleLines: string[];
    landscape?: boolean;
    /** As the clerk wrote them, in place of vanban's own. */
    label?: string;
    reference?: string;
    titleAsWritten?: boolean;
  }>;
  /** Who issued it, for "(Kèm theo … của …)": default the agency; a quyết định names its authority. */
  issuerInText?: string;
}
