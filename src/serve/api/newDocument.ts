/**
 * POST /api/new {kind, agency?, month?, folder?} or {from, month?}: a new YAML in the workspace, as
 * `vanban new` writes it: a skeleton of the kind, or next month's document rolled forward from a previous
 * one (dates moved, carried-over tasks marked "# XEM LẠI"). Never over an existing file.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { findKind } from '../../kinds/registry.js';
import { nextFileName, parseMonth, rollForward, skeletonYaml } from '../../kinds/newDocument.js';
import { agencyDirs, knownAgencies } from '../../load/loadAgency.js';
import { writeFileSafely } from '../../io/writeFileSafely.js';
import { PACKAGE_ROOT } from '../../packageRoot.js';
import { toIso } from '../../text/dates.js';
import { HttpError, readJson, sendJson, stringField } from '../http.js';
import type { Handler } from '../context.js';

export const newDocument: Handler = async (ctx, req, _url, res) => {
  const body = await readJson(req);
  const month = stringField(body, 'month', false) || undefined;
  if (month !== undefined && !parseMonth(month))
    throw new HttpError(
      400,
      `Tháng cần dạng năm-tháng, ví dụ 2020-09 (nhận được "${month}").`,
      'month must be yyyy-mm.',
    );
  let text: string;
  let rel: string;
  let reviewed = 0;
  const from = stringField(body, 'from', false);
  if (from) {
    const source = ctx.workspace.readYaml(from).toString('utf8');
    const kindId = /^kind:\s*([a-z0-9-]+)/m.exec(source)?.[1] ?? '';
    const kind = findKind(kindId);
    if (!kind)
      throw new HttpError(400, `${from} không có loại văn bản (kind) hợp lệ.`, `${from} has no valid kind.`);
    const rolled = rollForward(source, kind, { month, fromName: from.split('/').pop()! });
    if ('error' in rolled)
      throw new HttpError(
        400,
        `${from} không có issue_date hợp lệ để tính tháng mới.`,
        `${from} has no valid issue_date.`,
      );
    text = rolled.text;
    rel = nextFileName(from, rolled.month);
    reviewed = rolled.reviewed;
  } else {
    const kind = findKind(stringField(body, 'kind')!);
    if (!kind) throw new HttpError(400, 'Không có loại văn bản này.', 'Unknown kind.');
    const today = new Date();
    const m = month ? parseMonth(month)! : { year: today.getFullYear(), month: today.getMonth() + 1 };
    const folder = (stringField(body, 'folder', false) ?? '').replace(/\/+$/, '');
    rel = `${folder ? `${folder}/` : ''}${m.year}-${String(m.month).padStart(2, '0')}-${kind.id}.yaml`;
    const abs = ctx.workspace.resolveYaml(rel, false);
    const agencies = knownAgencies(agencyDirs(abs));
    const asked = stringField(body, 'agency', false) || undefined;
    if (asked !== undefined && !agencies.includes(asked))
      throw new HttpError(400, `Không có hồ sơ cơ quan "${asked}".`, `No agency profile "${asked}".`);
    text = skeletonYaml(kind, {
      agency: asked ?? (agencies.length === 1 ? agencies[0] : undefined),
      agencyChoices: agencies,
      issueDate: toIso({ year: m.year, month: m.month, day: month ? 1 : today.getDate() }),
      schemasPath: relative(dirname(abs), join(PACKAGE_ROOT, 'schemas')).split('\\').join('/') || '.',
    });
  }
  const abs = ctx.workspace.resolveYaml(rel, false);
  if (existsSync(abs))
    throw new HttpError(409, `Đã có tệp ${rel}; mở tệp đó để sửa.`, `${rel} already exists.`, { path: rel });
  const problem = writeFileSafely(abs, new TextEncoder().encode(text), { force: false });
  if (problem?.code === 'OUTPUT_EXISTS')
    throw new HttpError(409, `Đã có tệp ${rel}; mở tệp đó để sửa.`, `${rel} already exists.`, { path: rel });
  if (problem) throw new HttpError(500, `Không ghi được ${rel}.`, `Could not write ${rel}.`);
  sendJson(res, 201, { path: rel, reviewed });
};
