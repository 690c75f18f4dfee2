/**
 * POST /api/save {path, version, data | text, base?, force?}: writes the document. Form data is applied to
 * the text the page opened (`base`) through the yaml Document API, so only edited lines change and the
 * clerk's comments stay. If the file changed on disk since `version`, nothing is written: 409 with the
 * disk's text, and the page offers reload or keep (force). The write is atomic (writeFileSafely).
 */
import { formatDiagnostic } from '../../diagnostics/format.js';
import { writeFileSafely } from '../../io/writeFileSafely.js';
import { HttpError, readJson, sendJson, stringField } from '../http.js';
import { versionOf, type Handler } from '../context.js';
import { textOf } from './validate.js';

export const save: Handler = async (ctx, req, _url, res) => {
  const body = await readJson(req);
  const rel = stringField(body, 'path')!;
  const version = stringField(body, 'version')!;
  const abs = ctx.workspace.resolveYaml(rel);
  const disk = ctx.workspace.readYaml(rel);
  const diskVersion = versionOf(disk);
  if (diskVersion !== version && body.force !== true)
    throw new HttpError(
      409,
      `Tệp ${rel} đã bị sửa ở nơi khác từ khi mở. Tải lại bản trên đĩa, hoặc giữ bản đang sửa (ghi đè).`,
      `${rel} changed on disk since it was opened. Reload it, or keep your version (overwrite).`,
      { diskText: disk.toString('utf8'), diskVersion },
    );
  // Form edits apply to the text on disk, which is the text the page opened unless the clerk chose to keep theirs.
  const text = textOf(ctx, body.force === true ? body : { ...body, base: disk.toString('utf8') }, abs);
  const bytes = Buffer.from(text, 'utf8');
  if (!bytes.equals(disk)) {
    const problem = writeFileSafely(abs, bytes, { force: true });
    if (problem) throw new HttpError(500, formatDiagnostic(problem, 'vi'), formatDiagnostic(problem, 'en'));
  }
  const checked = await ctx.checkText(abs, rel, text);
  sendJson(res, 200, {
    path: rel,
    text,
    version: versionOf(bytes),
    diagnostics: checked.diagnostics,
    marks: checked.marks,
  });
};
