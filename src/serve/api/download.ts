/**
 * GET /api/download?path=…&format=docx|pdf: the saved document (the file on disk, not unsaved edits) as
 * DOCX or PDF. Nothing is written to the workspace.
 */
import { basename } from 'node:path';
import { HttpError, send } from '../http.js';
import type { Handler } from '../context.js';
import { convert, docxOf } from './render.js';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

export const download: Handler = async (ctx, _req, url, res) => {
  const rel = url.searchParams.get('path') ?? '';
  const format = url.searchParams.get('format') ?? 'docx';
  if (format !== 'docx' && format !== 'pdf')
    throw new HttpError(400, 'Chỉ tải được DOCX hoặc PDF.', 'format must be docx or pdf.');
  const abs = ctx.workspace.resolveYaml(rel);
  const checked = await ctx.checkText(abs, rel, ctx.workspace.readYaml(rel).toString('utf8'));
  if (!checked.model || checked.diagnostics.some((d) => d.severity === 'error'))
    throw new HttpError(
      422,
      'Văn bản còn lỗi: sửa các mục được đánh dấu rồi tải lại.',
      'The document has errors.',
      {
        diagnostics: checked.diagnostics,
      },
    );
  const docx = await docxOf(checked.model);
  const bytes = format === 'docx' ? docx : (await convert(ctx, docx, rel, false)).pdf;
  const name = `${basename(rel).replace(/\.ya?ml$/i, '')}.${format}`;
  send(res, 200, bytes, TYPES[format], {
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
};
