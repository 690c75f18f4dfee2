import type { AgencyProfile } from '../profile/agencySchema.js';
import type { CommonDocumentData } from '../kinds/commonView.js';
import type { DocumentKind } from '../kinds/documentKind.js';
import type { TemplateOutput } from '../template/markup.js';
import type { OfficialDocument } from './document.js';
import { buildHeader, buildRecipients, buildSignature, finishBody } from './buildParts.js';

/** Assembles the model: structure from the kind and profile, wording from the template's output. */
export function buildDocument(
  kind: DocumentKind,
  data: CommonDocumentData,
  profile: AgencyProfile,
  wording: TemplateOutput,
): OfficialDocument {
  const typeName = wording.typeName ?? kind.typeName;
  const summaryLines = wording.summaryLines.length > 0 ? wording.summaryLines : data.summary;
  return {
    metadata: { title: `${typeName} ${summaryLines.join(' ')}`, issuedOn: data.issue_date, kind: kind.id },
    header: buildHeader(profile, data, [kind.typeAbbreviation, profile.abbreviation]),
    title: { typeName, summaryLines },
    body: finishBody(wording.body),
    signature: buildSignature(profile, data),
    recipients: buildRecipients(data),
  };
}
