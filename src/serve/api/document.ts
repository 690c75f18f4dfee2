/**
 * GET /api/document?path=…: one document as the editor needs it: the YAML text, its data for the form,
 * the kind's schema (JSON Schema, with the Vietnamese descriptions), its diagnostics and its version.
 */
import { parseDocument } from 'yaml';
import { findKind } from '../../kinds/registry.js';
import { HttpError, sendJson } from '../http.js';
import { versionOf, type Handler, type ServeContext } from '../context.js';

export async function documentPayload(ctx: ServeContext, rel: string, text: string, version: string) {
  const abs = ctx.workspace.resolveYaml(rel, false);
  const doc = parseDocument(text);
  const data: unknown = doc.errors.length === 0 ? doc.toJS() : null;
  const kindId = typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;
  const kind = typeof kindId === 'string' ? findKind(kindId) : undefined;
  const checked = await ctx.checkText(abs, rel, text);
  return {
    path: rel,
    text,
    version,
    data,
    kind: kind?.id ?? null,
    schema: kind ? kind.schema.toJsonSchema() : null,
    diagnostics: checked.diagnostics,
    marks: checked.marks,
  };
}

export const getDocument: Handler = async (ctx, _req, url, res) => {
  const rel = url.searchParams.get('path');
  if (!rel) throw new HttpError(400, 'Thiếu đường dẫn tệp.', 'Missing path.');
  const bytes = ctx.workspace.readYaml(rel);
  sendJson(res, 200, await documentPayload(ctx, rel, bytes.toString('utf8'), versionOf(bytes)));
};
