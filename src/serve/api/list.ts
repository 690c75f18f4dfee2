/** GET /api/list: the workspace's documents and agency profiles, and the kinds a new document can have. */
import { KINDS } from '../../kinds/registry.js';
import { sendJson } from '../http.js';
import type { Handler } from '../context.js';

export const list: Handler = async (ctx, _req, _url, res) => {
  const { documents, agencies } = ctx.workspace.list();
  sendJson(res, 200, {
    workspace: ctx.workspace.root,
    documents,
    agencies,
    kinds: KINDS.map((k) => ({ id: k.id, description: k.description, typeName: k.typeName })),
    libreOffice: ctx.soffice !== null,
  });
};
