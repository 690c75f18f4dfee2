import type { ObjectSchema, Field } from '../schema/schema.js';
import type { AgencyProfile } from '../profile/agencySchema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CommonDocumentData } from './commonView.js';
import type { DocumentStructure } from '../model/structure.js';

/** What checks across files need: the data's own source, to point at the offending value. */
export interface CrossCheckContext {
  /** Where a path of the merged data came from (several files when a notice is a folder). */
  locate(path: ReadonlyArray<string | number>, preferKey?: boolean): Diagnostic['location'];
  diagnostics: Diagnostic[];
}

/** One document kind: its data shape, its checks against the agency profile, and what its template sees. */
export interface DocumentKind<D extends CommonDocumentData = CommonDocumentData> {
  id: string;
  /** One line, in Vietnamese, for `vanban templates`. */
  description: string;
  /** Type name printed in ô 5a. */
  typeName: string;
  /** PL3-I abbreviation used in the ký hiệu (TB, GM, …). */
  typeAbbreviation: string;
  /** Default template file under templates/ (without .hbs). */
  template: string;
  schema: ObjectSchema<Record<string, Field>>;
  crossCheck(data: D, profile: AgencyProfile, ctx: CrossCheckContext): void;
  view(data: D, profile: AgencyProfile): Record<string, unknown>;
  /** The shape of the model where it differs from Mẫu 1.4 (công văn, quyết định, biên bản …). */
  structure?(data: D, profile: AgencyProfile): DocumentStructure;
  /** How the document names itself in running text ("Kèm theo Kế hoạch số …"); default from typeName. */
  nameInText?: string;
  /** For `vanban new --from`: lists whose entries carry over and are marked "# XEM LẠI" ('*' = any key). */
  reviewPaths?: ReadonlyArray<ReadonlyArray<string>>;
}
