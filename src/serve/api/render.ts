/** DOCX bytes, and PDF or page images through LibreOffice, for text the page holds or a file on disk. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ConversionError, docxToPdf, pdfToPngs, temporaryAreaError } from '../../convert/libreoffice.js';
import { inTemporaryFolder } from '../../io/interruptCleanup.js';
import type { OfficialDocument } from '../../model/document.js';
import { HttpError } from '../http.js';
import type { ServeContext } from '../context.js';

export async function docxOf(model: OfficialDocument): Promise<Uint8Array> {
  const { renderDocx } = await import('../../render/docx/renderDocx.js');
  return renderDocx(model);
}

/** PDF bytes and, when asked, page PNGs, converted in a private folder removed afterwards. */
export async function convert(
  ctx: ServeContext,
  docx: Uint8Array,
  name: string,
  pages: boolean,
): Promise<{ pdf: Buffer; pngs: Buffer[] }> {
  if (ctx.soffice === null)
    throw new HttpError(
      503,
      'Máy này chưa cài LibreOffice nên không tạo được PDF. Hãy cài LibreOffice (gói libreoffice-writer).',
      'LibreOffice is not installed, so no PDF can be made.',
    );
  const soffice = ctx.soffice;
  // The shared temporary folder: removed with LibreOffice's group if the clerk stops the server mid-way.
  return ctx.serial(() =>
    inTemporaryFolder('vanban-serve-pdf-', async (dir) => {
      const source = join(dir, `${basename(name).replace(/\.ya?ml$/i, '')}.docx`);
      const pdfPath = join(dir, 'document.pdf');
      try {
        try {
          writeFileSync(source, docx);
        } catch (error) {
          throw temporaryAreaError(name, error);
        }
        await docxToPdf(source, pdfPath, { soffice });
        const pdf = readFileSync(pdfPath);
        let pngs: Buffer[] = [];
        if (pages) {
          const files = await pdfToPngs(pdfPath, join(dir, 'page'), { dpi: 80 });
          pngs = files.map((file) => readFileSync(file));
        }
        return { pdf, pngs };
      } catch (error) {
        if (error instanceof ConversionError) throw new HttpError(502, error.message, error.messageEn);
        throw error;
      }
    }),
  );
}
