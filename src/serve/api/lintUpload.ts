/** POST /api/lint (the DOCX as the body, at most 20 MB): `vanban lint` on an uploaded file, findings in both languages. */
import { lintDocx } from '../../lint/lint.js';
import { findingJson } from '../../lint/report.js';
import { MAX_UPLOAD_BYTES, readBody, sendJson } from '../http.js';
import type { Handler } from '../context.js';

export const lintUpload: Handler = async (_ctx, req, _url, res) => {
  const bytes = await readBody(req, MAX_UPLOAD_BYTES);
  const findings = lintDocx(bytes);
  sendJson(res, 200, {
    findings: findings.map((f) => ({ vi: findingJson(f, 'vi'), en: findingJson(f, 'en') })),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  });
};
