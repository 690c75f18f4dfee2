/**
 * POST /api/validate {path, text} or {path, data, base}: the diagnostics for unsaved work, as
 * `vanban check` would print them, and, for form data, the YAML it would be saved as.
 */
import { parseDocument } from 'yaml';
import { applyFormEdits, type Json } from '../yamlPatch.js';
import { HttpError, readJson, sendJson, stringField } from '../http.js';
import type { Handler, ServeContext } from '../context.js';
import { htmlPreview } from '../htmlPreview.js';

/** The YAML text a request stands for: its `text`, or its form `data` applied to `base` (else the file on disk). */
export function textOf(ctx: ServeContext, body: Record<string, unknown>, abs: string): string {
  if (typeof body.text === 'string') return body.text;
  if (!('data' in body)) throw new HttpError(400, 'Thiếu nội dung văn bản.', 'Missing text or data.');
  const base =
    typeof body.base === 'string'
      ? body.base
      : ctx.workspace.readYaml(ctx.workspace.relativeOf(abs)).toString('utf8');
  return applyFormEdits(base, body.data as Json).text;
}

export const validate: Handler = async (ctx, req, _url, res) => {
  const body = await readJson(req);
  const rel = stringField(body, 'path')!;
  const abs = ctx.workspace.resolveYaml(rel, false);
  const text = textOf(ctx, body, abs);
  const checked = await ctx.checkText(abs, rel, text);
  const parsed = parseDocument(text);
  sendJson(res, 200, {
    text,
    // For edits made in the YAML box: the form follows them.
    data: parsed.errors.length === 0 ? (parsed.toJS() as unknown) : null,
    diagnostics: checked.diagnostics,
    marks: checked.marks,
    html: checked.model ? htmlPreview(checked.model) : null,
  });
};
