/** The Decree-30 model laid out as a DOCX: header, title, body, signature and recipients, page numbers. */
import { Document, Packer } from 'docx';
import type { OfficialDocument } from '../../model/document.js';
import { ND30 } from '../../layout/nd30.js';
import { ptToHalfPoints } from '../../layout/units.js';
import { addresseeParagraphs } from './addressees.js';
import { appendixSection } from './appendix.js';
import { contentBlocks } from './content.js';
import { addressFooter } from './footer.js';
import { corePropertiesXml } from './coreProperties.js';
import { installFastAttributes } from './fastAttributes.js';
import { headerTable } from './header.js';
import { pageProperties } from './page.js';
import { pageNumberHeaders } from './pageNumber.js';
import { FONT } from './runs.js';
import { memberRows, signatureTable, twoSignaturesBlock } from './signature.js';
import { titleParagraphs } from './title.js';
import { normalizeZipTimestamps } from './zipTimestamps.js';
import { withValidXmlText } from './xmlChars.js';
import { zip, type ZipData } from './zip.js';

/** Ô 7 and ô 9b: recipients beside one signature, or below two signatures side by side; members under. */
function closingBlocks(model: OfficialDocument) {
  const members = model.members ?? [];
  return model.secondSignature
    ? twoSignaturesBlock(model.secondSignature, model.signature, model.recipients, members)
    : [signatureTable(model.recipients, model.signature), ...memberRows(members)];
}

export function buildDocx(model: OfficialDocument): Document {
  const hasTitle = model.title.typeName !== '' || model.title.summaryLines.length > 0;
  return new Document({
    creator: 'vanban',
    title: model.metadata.title,
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: ptToHalfPoints(ND30.size.body),
            color: ND30.font.color,
            language: { value: ND30.font.language },
          },
        },
      },
    },
    sections: [
      {
        properties: pageProperties(),
        headers: pageNumberHeaders(),
        ...(model.footer ? { footers: { first: addressFooter(model.footer) } } : {}),
        children: [
          headerTable(model.header),
          ...(hasTitle ? titleParagraphs(model.title) : []),
          ...(model.addressees ? addresseeParagraphs(model.addressees) : []),
          ...contentBlocks(model.body, undefined, model.bodyStyle),
          ...closingBlocks(model),
        ],
      },
      ...(model.appendices ?? []).map((a) => appendixSection(a, model.bodyStyle)),
    ],
  });
}

/**
 * docx's Packer turns a document into its package's files (`Packer.compiler.compile`) and zips them with
 * fflate, a deflate written in JavaScript: ~5 ms a document when warm and 25–90 ms on a cold first run.
 * vanban takes the files and zips them with node:zlib instead (zip.ts). The compiler is not in docx's typed
 * API, so it is looked up once here; should a docx release drop it, rendering falls back to
 * `Packer.toBuffer` (fflate) with its timestamps fixed, which is slower but as deterministic.
 */
interface PackageCompiler {
  compile(
    file: Document,
    prettify: undefined,
    overrides: { path: string; data: string }[],
  ): Map<string, ZipData>;
}
const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
const compile =
  typeof compiler?.compile === 'function' ? (compiler as PackageCompiler).compile.bind(compiler) : undefined;

/** Whether docx writes attributes through the single-pass method of fastAttributes.ts. */
export const FAST_ATTRIBUTES = installFastAttributes();

/** Which zip writer renderDocx uses: 'node:zlib', or 'docx' when docx no longer exposes its compiler. */
export const DOCX_ZIP_WRITER: 'node:zlib' | 'docx' = compile ? 'node:zlib' : 'docx';

/**
 * The DOCX bytes; the same model always gives the same bytes. Characters XML 1.0 does not allow are
 * left out (xmlChars.ts): templates refuse them and loading warns about them in data, so this is the
 * last guard that keeps any model from becoming a file Word and LibreOffice cannot open.
 */
export async function renderDocx(unsafeModel: OfficialDocument): Promise<Uint8Array> {
  const model = withValidXmlText(unsafeModel);
  const overrides = [
    { path: 'docProps/core.xml', data: corePropertiesXml(model.metadata.title, model.metadata.issuedOn) },
  ];
  const document = buildDocx(model);
  if (compile) return zip(compile(document, undefined, overrides));
  const buffer = await Packer.toBuffer(document, false, overrides);
  return normalizeZipTimestamps(new Uint8Array(buffer));
}
