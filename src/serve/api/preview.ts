/**
 * POST /api/preview {path, text | data}: the pages as they will print. With LibreOffice: the real DOCX
 * converted to PDF and then PNG images (as data: URLs). Without it: 503, and the page keeps showing
 * the HTML approximation from /api/validate, labelled as such.
 */
import { HttpError, readJson, sendJson, stringField } from '../http.js';
import type { Handler } from '../context.js';
import { convert, docxOf } from './render.js';
import { textOf } from './validate.js';

export const preview: Handler = async (ctx, req, _url, res) => {
  const body = await readJson(req);
  const rel = stringField(body, 'path')!;
  const abs = ctx.workspace.resolveYaml(rel, false);
  const text = textOf(ctx, body, abs);
  const checked = await ctx.checkText(abs, rel, text);
  if (!checked.model)
    throw new HttpError(422, 'Văn bản còn lỗi, chưa dựng được trang in.', 'The document has errors.', {
      diagnostics: checked.diagnostics,
    });
  const { pngs } = await convert(ctx, await docxOf(checked.model), rel, true);
  sendJson(res, 200, { pages: pngs.map((png) => `data:image/png;base64,${png.toString('base64')}`) });
};
