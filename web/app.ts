/**
 * The `vanban serve` page: lists the workspace, edits a document in a form built from its kind's schema
 * (or as YAML), shows diagnostics beside the fields and the pages as they will print, saves, downloads,
 * and lints an uploaded DOCX. Plain DOM, no framework; every control is a real button, input or select
 * with a label, so it works from the keyboard and with a screen reader.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;
type Lang = 'vi' | 'en';

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
}

interface Diag {
  code: string;
  severity: 'error' | 'warning';
  message: { vi: string; en: string };
  hint?: { vi: string; en: string };
  file?: string;
  line?: number;
  column?: number;
  path?: Path;
}

interface Mark {
  line: number;
  path: Path;
}

interface Listing {
  documents: Array<{ path: string; kind: string }>;
  agencies: Array<{ path: string; id: string }>;
  kinds: Array<{ id: string; description: string; typeName: string }>;
  libreOffice: boolean;
}

interface Opened {
  path: string;
  text: string;
  version: string;
  data: Json;
  kind: string | null;
  schema: JsonSchema | null;
  diagnostics: Diag[];
  marks: Mark[];
}

// ------------------------------------------------------------------------------------------ words

const WORDS = {
  vi: {
    title: 'vanban: soạn văn bản',
    skip: 'Bỏ qua danh sách, tới phần soạn thảo',
    otherLang: 'English',
    documents: 'Văn bản',
    agencies: 'Hồ sơ cơ quan',
    newDoc: 'Tạo văn bản mới',
    kind: 'Loại văn bản',
    month: 'Tháng (năm-tháng)',
    create: 'Tạo',
    nextMonth: 'Soạn tháng sau từ văn bản này',
    lintTitle: 'Kiểm tra tệp DOCX',
    lintPick: 'Chọn tệp DOCX để kiểm tra thể thức',
    lintClean: 'Không thấy lỗi thể thức.',
    pick: 'Chọn một văn bản ở bên trái, hoặc tạo văn bản mới.',
    save: 'Lưu',
    saved: 'Đã lưu',
    unsaved: 'Có thay đổi chưa lưu',
    downloadDocx: 'Tải DOCX',
    downloadPdf: 'Tải PDF',
    showYaml: 'Hiện YAML',
    hideYaml: 'Ẩn YAML',
    yaml: 'Nội dung YAML',
    form: 'Nội dung văn bản',
    preview: 'Xem trước',
    approx: 'Bản xem gần đúng (HTML): chữ đúng, nhưng trang, dòng và khoảng cách chỉ là gần đúng.',
    realPages: 'Trang in thật (DOCX qua LibreOffice)',
    realPending: 'Đang dựng trang in thật bằng LibreOffice…',
    noLibre: 'Máy này chưa cài LibreOffice nên chỉ có bản xem gần đúng.',
    cannotPreview: 'Văn bản còn lỗi, chưa dựng được bản xem.',
    page: 'Trang',
    problems: 'Cần xem lại',
    noProblems: 'Không có lỗi nào. Văn bản sẵn sàng để tải về.',
    error: 'lỗi',
    warning: 'cảnh báo',
    hint: 'gợi ý',
    line: 'dòng',
    add: 'Thêm mục',
    addEntry: 'Thêm đơn vị',
    remove: 'Xoá',
    up: 'Lên',
    down: 'Xuống',
    item: 'mục',
    key: 'Mã',
    addField: 'Thêm trường…',
    editInYaml: 'Trường này sửa trong phần YAML.',
    conflictTitle: 'Tệp đã bị sửa ở nơi khác',
    conflictText: 'Tệp trên đĩa đã thay đổi từ khi bạn mở (có thể do lệnh vanban hoặc trình soạn khác).',
    reload: 'Tải lại bản trên đĩa (bỏ thay đổi của tôi)',
    keep: 'Giữ bản của tôi (ghi đè)',
    confirmLeave: 'Có thay đổi chưa lưu. Bỏ các thay đổi đó?',
    created: 'Đã tạo',
    checking: 'Đang kiểm tra…',
    downloaded: 'Đã tải về',
    carried: 'Chép từ văn bản trước (# XEM LẠI): xem lại nội dung này.',
    reviewed: 'Đã xem lại',
  },
  en: {
    title: 'vanban: document editor',
    skip: 'Skip to the editor',
    otherLang: 'Tiếng Việt',
    documents: 'Documents',
    agencies: 'Agency profiles',
    newDoc: 'New document',
    kind: 'Kind',
    month: 'Month (yyyy-mm)',
    create: 'Create',
    nextMonth: "Make next month's from this one",
    lintTitle: 'Lint a DOCX file',
    lintPick: 'Choose a DOCX file to lint',
    lintClean: 'No formatting problems found.',
    pick: 'Pick a document on the left, or create one.',
    save: 'Save',
    saved: 'Saved',
    unsaved: 'Unsaved changes',
    downloadDocx: 'Download DOCX',
    downloadPdf: 'Download PDF',
    showYaml: 'Show YAML',
    hideYaml: 'Hide YAML',
    yaml: 'YAML source',
    form: 'Document content',
    preview: 'Preview',
    approx: 'Approximate preview (HTML): the words are right, pages, lines and spacing are only approximate.',
    realPages: 'Printed pages (DOCX through LibreOffice)',
    realPending: 'Rendering the printed pages with LibreOffice…',
    noLibre: 'LibreOffice is not installed here, so only the approximate preview is shown.',
    cannotPreview: 'The document has errors; no preview yet.',
    page: 'Page',
    problems: 'To review',
    noProblems: 'No errors. The document is ready to download.',
    error: 'error',
    warning: 'warning',
    hint: 'hint',
    line: 'line',
    add: 'Add item',
    addEntry: 'Add unit',
    remove: 'Remove',
    up: 'Up',
    down: 'Down',
    item: 'item',
    key: 'Key',
    addField: 'Add field…',
    editInYaml: 'Edit this field in the YAML.',
    conflictTitle: 'The file changed elsewhere',
    conflictText:
      'The file on disk changed since you opened it (perhaps by the vanban command or another editor).',
    reload: 'Reload from disk (drop my changes)',
    keep: 'Keep my version (overwrite)',
    confirmLeave: 'There are unsaved changes. Drop them?',
    created: 'Created',
    checking: 'Checking…',
    downloaded: 'Downloaded',
    carried: 'Carried over from the previous document (# XEM LẠI): review it.',
    reviewed: 'Reviewed',
  },
};

/** Field names in the clerk's words; fields not listed show their YAML key. */
const LABELS: Record<string, string> = {
  kind: 'Loại văn bản',
  agency: 'Cơ quan ban hành (mã hồ sơ)',
  template: 'Mẫu',
  number: 'Số văn bản',
  issue_date: 'Ngày ban hành',
  blank_date: 'Để trống ngày',
  summary: 'Trích yếu',
  meeting: 'Cuộc họp',
  event: 'Sự kiện',
  date: 'Ngày',
  time: 'Giờ',
  place: 'Địa điểm',
  chair: 'Chủ trì',
  reporters: 'Người báo cáo',
  commenters: 'Người phát biểu',
  attendees: 'Thành phần',
  conclusions: 'Kết luận',
  general_tasks: 'Nhiệm vụ chung',
  unit_tasks: 'Nhiệm vụ từng đơn vị',
  tasks: 'Nhiệm vụ',
  closing: 'Câu kết',
  opening: 'Câu mở đầu',
  signer: 'Người ký',
  co_signer: 'Người ký thứ hai',
  person: 'Người ký (mã)',
  authority: 'Thẩm quyền ký',
  title_lines: 'Dòng chức vụ',
  extra_title: 'Chức danh thêm',
  title_above_name: 'Chức vụ trên họ tên',
  members: 'Người ký thêm (thành viên)',
  font_size: 'Cỡ chữ nội dung',
  line_spacing: 'Giãn dòng',
  compact: 'In gọn',
  title_style: 'Kiểu chữ tiêu đề mục',
  footnote: 'Chú thích cuối trang',
  recipients: 'Nơi nhận',
  recipients_lead: 'Tự thêm "Như trên"',
  group: 'Nhóm chung ghi chú',
  label: 'Tên nhóm con',
  addressees: 'Kính gửi',
  kinh_gui: 'Kính gửi',
  kinh_gui_layout: 'Cách in Kính gửi',
  invitees: 'Thành phần mời',
  type_name: 'Tên loại',
  archive: 'Lưu',
  units: 'Nơi lưu',
  copies: 'Số bản lưu',
  drafter: 'Người soạn thảo',
  drafter_copies: 'Số bản phát hành',
  articles: 'Các điều',
  text: 'Nội dung',
  items: 'Các ý',
  name: 'Tên',
  note: 'Ghi chú',
  title: 'Tiêu đề',
  body: 'Nội dung',
  sections: 'Các mục',
  marks: 'Dấu mức độ',
};

// ------------------------------------------------------------------------------------------ state

const params = new URLSearchParams(location.search);
const token = params.get('token') ?? '';
let lang: Lang =
  (params.get('lang') as Lang) === 'en' || localStorage.getItem('vanban-lang') === 'en' ? 'en' : 'vi';
const w = () => WORDS[lang];

const state = {
  listing: null as Listing | null,
  doc: null as Opened | null,
  /** The text the form edits apply to: the file as last opened or saved. */
  base: '',
  data: null as Json,
  text: '',
  /** Where the last edit was made: the form or the YAML box. */
  source: 'form' as 'form' | 'yaml',
  dirty: false,
  showYaml: false,
  diagnostics: [] as Diag[],
  marks: [] as Mark[],
  html: null as string | null,
  pages: [] as string[],
  pagesPending: false,
  lintResult: null as null | { name: string; findings: Array<Record<Lang, Record<string, unknown>>> },
  seq: 0,
};

// ------------------------------------------------------------------------------------------ helpers

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function setStatus(text: string): void {
  document.getElementById('status')!.textContent = text;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    const error = body.error as { vi: string; en: string } | undefined;
    super(error ? error[lang] : `HTTP ${status}`);
  }
}

async function api<T>(path: string, body?: unknown, raw?: Blob): Promise<T> {
  const init: RequestInit = { headers: { 'X-Vanban-Token': token } };
  if (body !== undefined || raw !== undefined) {
    init.method = 'POST';
    if (raw) {
      init.body = raw;
      (init.headers as Record<string, string>)['Content-Type'] = 'application/octet-stream';
    } else {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
  }
  const response = await fetch(path, init);
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new ApiError(response.status, json);
  return json as T;
}

function pathId(path: Path): string {
  return `f-${path.map((p) => String(p).replace(/[^a-zA-Z0-9_-]/g, '_')).join('-')}`;
}

function setAt(path: Path, value: Json | undefined): void {
  if (path.length === 0) {
    state.data = value ?? null;
    return;
  }
  let node = state.data as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

function labelOf(key: string | number): string {
  if (typeof key === 'number') return `${w().item} ${key + 1}`;
  if (lang === 'en') return key.replace(/_/g, ' ');
  return LABELS[key] ?? key;
}

function variantFor(schema: JsonSchema, value: Json | undefined): JsonSchema {
  if (!schema.anyOf) return schema;
  const type = Array.isArray(value)
    ? 'array'
    : value === null || value === undefined
      ? undefined
      : typeof value;
  const matching = schema.anyOf.find(
    (s) =>
      (type === 'array' && s.type === 'array') ||
      (type === 'object' && s.type === 'object') ||
      (type === 'string' && s.type === 'string') ||
      (type === 'number' && s.type === 'integer'),
  );
  return { ...(matching ?? schema.anyOf[0]!), description: schema.description ?? matching?.description };
}

function defaultFor(schema: JsonSchema): Json {
  const s = variantFor(schema, undefined);
  if (s.enum) return s.enum[0] ?? '';
  if (s.type === 'integer') return s.minimum ?? 1;
  if (s.type === 'array') return [];
  if (s.type === 'object') {
    const out: Record<string, Json> = {};
    for (const key of s.required ?? []) out[key] = defaultFor(s.properties?.[key] ?? {});
    return out;
  }
  return '';
}

// ------------------------------------------------------------------------------------------ checking

let validateTimer: number | undefined;
let previewTimer: number | undefined;

/** A form edit: after edits in the YAML box, the form's changes apply to that text. */
function formEdited(): void {
  if (state.source === 'yaml') state.base = state.text;
  state.source = 'form';
}

function changed(): void {
  state.dirty = true;
  setStatus(w().unsaved);
  renderToolbarState();
  window.clearTimeout(validateTimer);
  validateTimer = window.setTimeout(() => {
    validateTimer = undefined;
    void validateNow();
  }, 300);
}

async function validateNow(): Promise<void> {
  const doc = state.doc;
  if (!doc) return;
  const seq = ++state.seq;
  const body =
    state.source === 'yaml'
      ? { path: doc.path, text: state.text }
      : { path: doc.path, data: state.data, base: state.base };
  try {
    const result = await api<{
      text: string;
      diagnostics: Diag[];
      marks: Mark[];
      html: string | null;
      data?: Json;
    }>('/api/validate', body);
    if (seq !== state.seq) return;
    state.diagnostics = result.diagnostics;
    state.marks = result.marks;
    state.html = result.html;
    if (state.source === 'form') {
      state.text = result.text;
      const box = document.getElementById('yaml-text') as HTMLTextAreaElement | null;
      if (box && document.activeElement !== box) box.value = result.text;
    } else if (
      result.data !== undefined &&
      result.data !== null &&
      JSON.stringify(result.data) !== JSON.stringify(state.data)
    ) {
      state.data = result.data;
      renderForm();
    }
    renderDiagnostics();
    renderPreview();
    schedulePages();
  } catch (error) {
    setStatus((error as Error).message);
  }
}

function schedulePages(): void {
  if (!state.listing?.libreOffice || !state.doc || !state.html) return;
  window.clearTimeout(previewTimer);
  state.pagesPending = true;
  renderPreview();
  previewTimer = window.setTimeout(() => void pagesNow(), 1200);
}

async function pagesNow(): Promise<void> {
  const doc = state.doc;
  if (!doc) return;
  const seq = state.seq;
  try {
    const result = await api<{ pages: string[] }>('/api/preview', { path: doc.path, text: state.text });
    if (seq !== state.seq) return;
    state.pages = result.pages;
  } catch {
    if (seq !== state.seq) return;
    state.pages = [];
  }
  state.pagesPending = false;
  renderPreview();
}

// ------------------------------------------------------------------------------------------ form

function fieldDiagnostics(path: Path): HTMLElement {
  const box = el('div', {
    class: 'field-diags',
    id: `${pathId(path)}-diags`,
    'data-path': JSON.stringify(path),
  });
  return box;
}

function describedBy(path: Path, schema: JsonSchema): string {
  return [schema.description ? `${pathId(path)}-help` : '', `${pathId(path)}-diags`]
    .filter(Boolean)
    .join(' ');
}

function help(path: Path, schema: JsonSchema): HTMLElement | null {
  return schema.description
    ? el('p', { class: 'help', id: `${pathId(path)}-help`, text: schema.description })
    : null;
}

function scalarEditor(
  path: Path,
  schema: JsonSchema,
  value: Json | undefined,
  label: string,
  optional: boolean,
): HTMLElement {
  const id = pathId(path);
  const wrap = el('div', { class: 'field', 'data-path': JSON.stringify(path) });
  wrap.append(el('label', { for: id, text: label }));
  let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (schema.enum) {
    const select = el('select', { id });
    if (optional || value === undefined) select.append(el('option', { value: '', text: '—' }));
    for (const option of schema.enum) select.append(el('option', { value: option, text: option }));
    select.value = value === undefined || value === null ? '' : String(value);
    input = select;
  } else if (schema.type === 'integer') {
    const number = el('input', { id, type: 'number', inputmode: 'numeric' });
    if (schema.minimum !== undefined) number.min = String(schema.minimum);
    if (schema.maximum !== undefined) number.max = String(schema.maximum);
    number.value = value === undefined || value === null ? '' : String(value);
    input = number;
  } else if (
    path.length === 1 &&
    path[0] === 'agency' &&
    state.listing &&
    state.listing.agencies.length > 0
  ) {
    const select = el('select', { id });
    const ids = [...new Set([...state.listing.agencies.map((a) => a.id), String(value ?? '')])].filter(
      Boolean,
    );
    for (const option of ids) select.append(el('option', { value: option, text: option }));
    select.value = String(value ?? '');
    input = select;
  } else {
    const text = value === undefined || value === null ? '' : String(value);
    const long =
      typeof path[path.length - 1] === 'number' ||
      text.length > 60 ||
      /conclusions|closing|text/.test(String(path[0]));
    if (long) {
      const area = el('textarea', {
        id,
        rows: String(Math.min(6, Math.max(2, Math.ceil(text.length / 80)))),
      });
      area.value = text;
      input = area;
    } else {
      const line = el('input', { id, type: 'text', readonly: path.length === 1 && path[0] === 'kind' });
      line.value = text;
      input = line;
    }
  }
  input.setAttribute('aria-describedby', describedBy(path, schema));
  input.addEventListener('input', () => {
    const raw = input.value;
    let next: Json | undefined = raw;
    if (schema.type === 'integer') next = raw.trim() === '' ? undefined : Number(raw);
    else if (raw === '' && optional) next = undefined;
    setAt(path, next);
    formEdited();
    changed();
  });
  wrap.append(input);
  const h = help(path, schema);
  if (h) wrap.append(h);
  wrap.append(fieldDiagnostics(path));
  return wrap;
}

function listEditor(path: Path, schema: JsonSchema, value: Json[], label: string): HTMLElement {
  const id = pathId(path);
  const fieldset = el(
    'fieldset',
    { class: 'list', 'data-path': JSON.stringify(path) },
    el('legend', { id: `${id}-legend`, text: label }),
  );
  const h = help(path, schema);
  if (h) fieldset.append(h);
  const list = el('ol', { 'aria-labelledby': `${id}-legend` });
  const itemSchema = schema.items ?? {};
  value.forEach((item, i) => {
    const row = el('li', { class: 'list-item' });
    row.append(editorFor([...path, i], itemSchema, item, `${label}: ${w().item} ${i + 1}`, false));
    const tools = el('div', {
      class: 'item-tools',
      role: 'group',
      'aria-label': `${label}, ${w().item} ${i + 1}`,
    });
    const move = (to: number) => {
      const copy = [...value];
      const [moved] = copy.splice(i, 1);
      copy.splice(to, 0, moved!);
      setAt(path, copy);
      formEdited();
      renderForm(pathId([...path, to]) + '-up');
      changed();
    };
    const up = el('button', {
      type: 'button',
      id: `${pathId([...path, i])}-up`,
      'aria-label': `${w().up}: ${label} ${w().item} ${i + 1}`,
      title: w().up,
      text: '↑',
      disabled: i === 0,
    });
    up.addEventListener('click', () => move(i - 1));
    const down = el('button', {
      type: 'button',
      'aria-label': `${w().down}: ${label} ${w().item} ${i + 1}`,
      title: w().down,
      text: '↓',
      disabled: i === value.length - 1,
    });
    down.addEventListener('click', () => move(i + 1));
    const remove = el('button', {
      type: 'button',
      class: 'danger',
      'aria-label': `${w().remove}: ${label} ${w().item} ${i + 1}`,
      title: w().remove,
      text: '✕',
    });
    remove.addEventListener('click', () => {
      const copy = [...value];
      copy.splice(i, 1);
      setAt(path, copy);
      formEdited();
      renderForm(`${id}-add`);
      changed();
    });
    tools.append(up, down, remove);
    row.append(tools);
    list.append(row);
  });
  fieldset.append(list);
  const add = el('button', {
    type: 'button',
    id: `${id}-add`,
    class: 'add',
    text: `+ ${w().add}`,
    'aria-label': `${w().add}: ${label}`,
  });
  add.addEventListener('click', () => {
    setAt(path, [...value, defaultFor(itemSchema)]);
    formEdited();
    renderForm(pathId([...path, value.length]));
    changed();
  });
  fieldset.append(add, fieldDiagnostics(path));
  return fieldset;
}

function recordEditor(
  path: Path,
  schema: JsonSchema,
  value: Record<string, Json>,
  label: string,
): HTMLElement {
  const id = pathId(path);
  const fieldset = el(
    'fieldset',
    { class: 'record', 'data-path': JSON.stringify(path) },
    el('legend', { text: label }),
  );
  const h = help(path, schema);
  if (h) fieldset.append(h);
  const valueSchema = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
  const keys = Object.keys(value);
  keys.forEach((key, i) => {
    const entry = el('div', { class: 'record-entry' });
    const keyId = `${pathId([...path, key])}-key`;
    const keyInput = el('input', { id: keyId, type: 'text', class: 'record-key' });
    keyInput.value = key;
    keyInput.addEventListener('change', () => {
      const next = keyInput.value.trim();
      if (!next || next === key || next in value) return;
      const rebuilt: Record<string, Json> = {};
      for (const k of keys) rebuilt[k === key ? next : k] = value[k]!;
      setAt(path, rebuilt);
      formEdited();
      renderForm(`${pathId([...path, next])}-key`);
      changed();
    });
    const remove = el('button', {
      type: 'button',
      class: 'danger',
      text: '✕',
      title: w().remove,
      'aria-label': `${w().remove}: ${key}`,
    });
    remove.addEventListener('click', () => {
      const rebuilt = { ...value };
      delete rebuilt[key];
      setAt(path, rebuilt);
      formEdited();
      renderForm(`${id}-add`);
      changed();
    });
    entry.append(
      el(
        'div',
        { class: 'record-head' },
        el('label', { for: keyId, text: `${w().key} ${i + 1}` }),
        keyInput,
        remove,
      ),
      editorFor([...path, key], valueSchema, value[key], key, false),
    );
    fieldset.append(entry);
  });
  const add = el('button', { type: 'button', id: `${id}-add`, class: 'add', text: `+ ${w().addEntry}` });
  add.addEventListener('click', () => {
    let n = keys.length + 1;
    while (`don-vi-${n}` in value) n++;
    setAt(path, { ...value, [`don-vi-${n}`]: defaultFor(valueSchema) });
    formEdited();
    renderForm(`${pathId([...path, `don-vi-${n}`])}-key`);
    changed();
  });
  fieldset.append(add, fieldDiagnostics(path));
  return fieldset;
}

function objectEditor(
  path: Path,
  schema: JsonSchema,
  value: Record<string, Json>,
  label: string,
): HTMLElement {
  const container =
    path.length === 0
      ? el('div', { class: 'object root' })
      : el('fieldset', { class: 'object', 'data-path': JSON.stringify(path) }, el('legend', { text: label }));
  const required = new Set(schema.required ?? []);
  const properties = schema.properties ?? {};
  const missing: string[] = [];
  // Fields in the clerk's order (as in the file), then required ones not yet written.
  const keys = [
    ...Object.keys(value).filter((k) => k in properties),
    ...Object.keys(properties).filter((k) => !(k in value) && required.has(k)),
  ];
  missing.push(...Object.keys(properties).filter((k) => !(k in value) && !required.has(k)));
  for (const key of keys)
    container.append(
      editorFor([...path, key], properties[key]!, value[key], labelOf(key), !required.has(key)),
    );
  // Keys the schema does not know (a mistake the diagnostics name) stay in the data, edited as YAML.
  for (const key of Object.keys(value).filter((k) => !(k in properties)))
    container.append(
      el(
        'div',
        { class: 'field' },
        el('p', { text: `${key}: ${w().editInYaml}` }),
        fieldDiagnostics([...path, key]),
      ),
    );
  if (missing.length > 0) {
    const selectId = `${pathId(path)}-addfield`;
    const select = el('select', {
      id: selectId,
      class: 'add-field',
      'aria-label': `${w().addField} ${label}`,
    });
    select.append(el('option', { value: '', text: w().addField }));
    for (const key of missing) select.append(el('option', { value: key, text: labelOf(key) }));
    select.addEventListener('change', () => {
      const key = select.value;
      if (!key) return;
      setAt([...path, key], defaultFor(properties[key]!));
      formEdited();
      renderForm(pathId([...path, key]));
      changed();
    });
    container.append(select);
  }
  if (path.length > 0) container.append(fieldDiagnostics(path));
  return container;
}

function editorFor(
  path: Path,
  rawSchema: JsonSchema,
  value: Json | undefined,
  label: string,
  optional: boolean,
): HTMLElement {
  const schema = variantFor(rawSchema, value);
  if (schema.type === 'array' && (Array.isArray(value) || value === undefined))
    return listEditor(path, schema, (value as Json[] | undefined) ?? [], label);
  if (
    schema.type === 'object' &&
    (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value)))
  ) {
    const object = (value ?? {}) as Record<string, Json>;
    if (schema.properties) return objectEditor(path, schema, object, label);
    return recordEditor(path, schema, object, label);
  }
  if (value === undefined || value === null || typeof value !== 'object')
    return scalarEditor(path, schema, value, label, optional);
  return el(
    'div',
    { class: 'field' },
    el('p', { text: `${label}: ${w().editInYaml}` }),
    fieldDiagnostics(path),
  );
}

function renderForm(focusId?: string): void {
  const host = document.getElementById('form-host');
  if (!host || !state.doc) return;
  const active = focusId ?? document.activeElement?.id;
  host.replaceChildren();
  if (!state.doc.schema || state.data === null || typeof state.data !== 'object') {
    host.append(el('p', { text: w().editInYaml }));
  } else {
    host.append(editorFor([], state.doc.schema, state.data, '', false));
  }
  renderDiagnostics();
  if (active) document.getElementById(active)?.focus();
}

/** The clerk has reviewed a field carried over from last month: its "# XEM LẠI" line goes. */
function clearMark(mark: Mark): void {
  const lines = state.text.split('\n');
  if (!/^\s*#\s*XEM L/u.test(lines[mark.line - 1] ?? '')) return;
  lines.splice(mark.line - 1, 1);
  state.text = lines.join('\n');
  state.base = state.text;
  state.source = 'yaml';
  state.marks = state.marks
    .filter((m) => m !== mark)
    .map((m) => (m.line > mark.line ? { ...m, line: m.line - 1 } : m));
  const box = document.getElementById('yaml-text') as HTMLTextAreaElement | null;
  if (box) box.value = state.text;
  renderDiagnostics();
  changed();
}

// ------------------------------------------------------------------------------------------ panels

function diagText(d: Diag): string {
  const where = d.line
    ? ` (${d.file && d.file !== state.doc?.path ? `${d.file}, ` : ''}${w().line} ${d.line})`
    : '';
  return `${w()[d.severity]} ${d.code}: ${d.message[lang]}${where}`;
}

/** The deepest field on the page that a diagnostic's path reaches. */
function boxFor(path: Path | undefined): HTMLElement | null {
  if (!path) return null;
  for (let n = path.length; n >= 1; n--) {
    const box = document.querySelector<HTMLElement>(
      `.field-diags[data-path='${JSON.stringify(path.slice(0, n)).replace(/'/g, "\\'")}']`,
    );
    if (box) return box;
  }
  return null;
}

function renderDiagnostics(): void {
  document.querySelectorAll('.field-diags').forEach((box) => box.replaceChildren());
  document.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  const summary = document.getElementById('diagnostics');
  if (!summary) return;
  summary.replaceChildren(el('h2', { id: 'diag-heading', text: w().problems }));
  const list = el('ul', { 'aria-labelledby': 'diag-heading' });
  for (const d of state.diagnostics) {
    const box = boxFor(d.path);
    const item = el('li', { class: `diag ${d.severity}` });
    if (box) {
      const near = el('p', { class: `diag ${d.severity}`, 'data-code': d.code, text: diagText(d) });
      if (d.hint) near.append(el('span', { class: 'hint', text: ` ${w().hint}: ${d.hint[lang]}` }));
      box.append(near);
      const field = box.parentElement?.querySelector('input, select, textarea');
      if (field && d.severity === 'error') field.setAttribute('aria-invalid', 'true');
      const go = el('button', { type: 'button', class: 'link', text: diagText(d) });
      go.addEventListener('click', () => {
        const target = box.parentElement?.querySelector<HTMLElement>('input, select, textarea, button');
        target?.focus();
        target?.scrollIntoView({ block: 'center' });
      });
      item.append(go);
    } else {
      item.append(diagText(d));
      if (d.hint) item.append(el('span', { class: 'hint', text: ` ${w().hint}: ${d.hint[lang]}` }));
    }
    list.append(item);
  }
  for (const mark of state.marks) {
    const box = boxFor(mark.path);
    if (!box) continue;
    const label = box.parentElement?.querySelector('label, legend')?.textContent ?? '';
    const flag = el('p', { class: 'mark', text: `⚑ ${w().carried} ` });
    const done = el('button', {
      type: 'button',
      class: 'reviewed',
      'aria-label': `${w().reviewed}: ${label}`,
      text: w().reviewed,
    });
    done.addEventListener('click', () => clearMark(mark));
    flag.append(done);
    box.append(flag);
  }
  if (state.diagnostics.length === 0) summary.append(el('p', { class: 'ok', text: w().noProblems }));
  else summary.append(list);
}

function renderPreview(): void {
  const host = document.getElementById('preview');
  if (!host) return;
  host.replaceChildren(el('h2', { text: w().preview }));
  if (state.listing?.libreOffice) {
    host.append(el('p', { class: 'preview-label real', text: w().realPages }));
    if (state.pagesPending) host.append(el('p', { class: 'pending', role: 'status', text: w().realPending }));
    state.pages.forEach((src, i) =>
      host.append(el('img', { class: 'page-image', src, alt: `${w().page} ${i + 1}` })),
    );
  }
  if (!state.listing?.libreOffice || state.pages.length === 0) {
    if (state.listing && !state.listing.libreOffice)
      host.append(el('p', { class: 'note', text: w().noLibre }));
    host.append(el('p', { class: 'preview-label approx', id: 'approx-label', text: w().approx }));
    if (state.html) {
      const frame = el('div', { class: 'approx-frame', 'aria-describedby': 'approx-label' });
      frame.innerHTML = state.html; // built by the server from the model, every text escaped
      host.append(frame);
    } else host.append(el('p', { text: w().cannotPreview }));
  }
}

function renderToolbarState(): void {
  const save = document.getElementById('save') as HTMLButtonElement | null;
  if (save) save.disabled = !state.dirty;
  const marker = document.getElementById('dirty');
  if (marker) marker.textContent = state.dirty ? w().unsaved : w().saved;
}

function renderEditor(): void {
  const main = document.getElementById('editor')!;
  main.replaceChildren();
  const doc = state.doc;
  if (!doc) {
    main.append(el('p', { class: 'empty', text: w().pick }));
    return;
  }
  const save = el('button', {
    type: 'button',
    id: 'save',
    class: 'primary',
    text: w().save,
    'aria-keyshortcuts': 'Control+S',
  });
  save.addEventListener('click', () => void saveNow(false));
  const docx = el('button', { type: 'button', id: 'download-docx', text: w().downloadDocx });
  docx.addEventListener('click', () => void downloadNow('docx'));
  const pdf = el('button', {
    type: 'button',
    id: 'download-pdf',
    text: w().downloadPdf,
    disabled: !state.listing?.libreOffice,
  });
  pdf.addEventListener('click', () => void downloadNow('pdf'));
  const yaml = el('button', {
    type: 'button',
    id: 'toggle-yaml',
    'aria-pressed': String(state.showYaml),
    text: state.showYaml ? w().hideYaml : w().showYaml,
  });
  yaml.addEventListener('click', () => {
    state.showYaml = !state.showYaml;
    renderEditor();
  });
  const next = el('button', { type: 'button', id: 'next-month', text: w().nextMonth });
  next.addEventListener('click', () => void createNew({ from: doc.path }));
  main.append(
    el(
      'div',
      { class: 'toolbar', role: 'toolbar', 'aria-label': doc.path },
      el('h2', { class: 'doc-path', text: doc.path }),
      save,
      docx,
      pdf,
      yaml,
      next,
      el('span', { id: 'dirty', class: 'dirty' }),
    ),
    el('section', { id: 'diagnostics', class: 'diagnostics', 'aria-live': 'polite' }),
  );
  const panes = el('div', { class: `panes ${state.showYaml ? 'with-yaml' : ''}` });
  panes.append(
    el(
      'section',
      { class: 'form', 'aria-label': w().form },
      el('h2', { class: 'sr-only', text: w().form }),
      el('div', { id: 'form-host' }),
    ),
  );
  if (state.showYaml) {
    const area = el('textarea', { id: 'yaml-text', spellcheck: 'false', 'aria-label': w().yaml });
    area.value = state.text;
    area.addEventListener('input', () => {
      state.text = area.value;
      state.source = 'yaml';
      changed();
    });
    panes.append(el('section', { class: 'yaml' }, el('h2', { text: w().yaml }), area));
  }
  panes.append(el('section', { id: 'preview', class: 'preview', 'aria-label': w().preview }));
  main.append(panes);
  renderForm();
  renderPreview();
  renderToolbarState();
}

function renderSidebar(): void {
  const nav = document.getElementById('sidebar')!;
  nav.replaceChildren();
  const listing = state.listing;
  if (!listing) return;
  nav.append(el('h2', { id: 'docs-heading', text: w().documents }));
  const docs = el('ul', { class: 'docs' });
  for (const d of listing.documents) {
    const button = el(
      'button',
      {
        type: 'button',
        class: 'doc',
        'data-path': d.path,
        'aria-current': state.doc?.path === d.path ? 'true' : undefined,
      },
      el('span', { text: d.path }),
      el('small', { text: d.kind }),
    );
    button.addEventListener('click', () => void openDocument(d.path));
    docs.append(el('li', {}, button));
  }
  nav.append(docs, el('h2', { text: w().agencies }));
  const agencies = el('ul', { class: 'agencies' });
  for (const a of listing.agencies) agencies.append(el('li', { text: `${a.id} (${a.path})` }));
  nav.append(agencies);

  const form = el('form', { class: 'new-doc', 'aria-labelledby': 'new-heading' });
  form.append(el('h2', { id: 'new-heading', text: w().newDoc }));
  const kind = el('select', { id: 'new-kind' });
  for (const k of listing.kinds) kind.append(el('option', { value: k.id, text: `${k.typeName} (${k.id})` }));
  const month = el('input', {
    id: 'new-month',
    type: 'text',
    placeholder: '2020-09',
    pattern: '\\d{4}-\\d{2}',
  });
  form.append(
    el('label', { for: 'new-kind', text: w().kind }),
    kind,
    el('label', { for: 'new-month', text: w().month }),
    month,
    el('button', { type: 'submit', text: w().create }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void createNew({ kind: kind.value, month: month.value.trim() || undefined });
  });
  nav.append(form);

  const lint = el(
    'section',
    { class: 'lint', 'aria-labelledby': 'lint-heading' },
    el('h2', { id: 'lint-heading', text: w().lintTitle }),
  );
  const file = el('input', {
    id: 'lint-file',
    type: 'file',
    accept: '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen) void lintNow(chosen);
  });
  lint.append(el('label', { for: 'lint-file', text: w().lintPick }), file);
  const results = el('div', { id: 'lint-results', 'aria-live': 'polite' });
  if (state.lintResult) {
    results.append(el('h3', { text: state.lintResult.name }));
    if (state.lintResult.findings.length === 0) results.append(el('p', { class: 'ok', text: w().lintClean }));
    const ul = el('ul');
    for (const f of state.lintResult.findings) {
      const one = f[lang];
      ul.append(
        el('li', {
          class: `diag ${String(one.severity)}`,
          text: `${w()[one.severity as 'error' | 'warning']} ${String(one.rule)}: ${String(one.message)}`,
        }),
      );
    }
    results.append(ul);
  }
  lint.append(results);
  nav.append(lint);
}

function renderAll(): void {
  document.documentElement.lang = lang;
  document.title = w().title;
  document.getElementById('app-title')!.textContent = w().title;
  document.querySelector('.skip')!.textContent = w().skip;
  document.getElementById('lang-toggle')!.textContent = w().otherLang;
  document.getElementById('conflict-title')!.textContent = w().conflictTitle;
  document.getElementById('conflict-text')!.textContent = w().conflictText;
  document.getElementById('conflict-reload')!.textContent = w().reload;
  document.getElementById('conflict-keep')!.textContent = w().keep;
  renderSidebar();
  renderEditor();
}

// ------------------------------------------------------------------------------------------ actions

async function refreshListing(): Promise<void> {
  state.listing = await api<Listing>('/api/list');
}

async function openDocument(path: string): Promise<void> {
  if (state.dirty && !window.confirm(w().confirmLeave)) return;
  const doc = await api<Opened>(`/api/document?path=${encodeURIComponent(path)}`);
  loadOpened(doc);
  renderAll();
  document.getElementById('editor')?.focus();
  void validateNow();
}

function loadOpened(doc: Opened): void {
  state.doc = doc;
  state.base = doc.text;
  state.text = doc.text;
  state.data = doc.data;
  state.source = 'form';
  state.dirty = false;
  setStatus('');
  state.diagnostics = doc.diagnostics;
  state.marks = doc.marks;
  state.html = null;
  state.pages = [];
  history.replaceState(
    null,
    '',
    `/?token=${encodeURIComponent(token)}&doc=${encodeURIComponent(doc.path)}${lang === 'en' ? '&lang=en' : ''}`,
  );
}

async function saveNow(force: boolean): Promise<boolean> {
  const doc = state.doc;
  if (!doc) return false;
  // The text is what the page shows and checks: bring it up to date with the last keystroke first.
  if (validateTimer !== undefined) {
    window.clearTimeout(validateTimer);
    validateTimer = undefined;
    await validateNow();
  }
  const body = { path: doc.path, version: doc.version, text: state.text, force };
  try {
    const saved = await api<{ text: string; version: string; diagnostics: Diag[]; marks: Mark[] }>(
      '/api/save',
      body,
    );
    doc.version = saved.version;
    doc.text = saved.text;
    state.base = saved.text;
    state.text = saved.text;
    state.source = 'form';
    state.dirty = false;
    state.diagnostics = saved.diagnostics;
    state.marks = saved.marks;
    renderDiagnostics();
    renderToolbarState();
    setStatus(`${w().saved}: ${doc.path}`);
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      const dialog = document.getElementById('conflict') as HTMLDialogElement;
      dialog.showModal();
      const reload = document.getElementById('conflict-reload')!;
      const keep = document.getElementById('conflict-keep')!;
      return new Promise((resolve) => {
        reload.onclick = () => {
          dialog.close();
          state.dirty = false;
          void openDocument(doc.path).then(() => resolve(false));
        };
        keep.onclick = () => {
          dialog.close();
          void saveNow(true).then(resolve);
        };
      });
    }
    setStatus((error as Error).message);
    return false;
  }
}

async function downloadNow(format: 'docx' | 'pdf'): Promise<void> {
  const doc = state.doc;
  if (!doc) return;
  if (state.dirty && !(await saveNow(false))) return;
  setStatus(w().checking);
  const response = await fetch(`/api/download?path=${encodeURIComponent(doc.path)}&format=${format}`, {
    headers: { 'X-Vanban-Token': token },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    setStatus(new ApiError(response.status, body).message);
    return;
  }
  const blob = await response.blob();
  const name = `${doc.path
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/i, '')}.${format}`;
  const link = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setStatus(`${w().downloaded}: ${name}`);
}

async function createNew(body: { kind?: string; month?: string; from?: string }): Promise<void> {
  if (state.dirty && !window.confirm(w().confirmLeave)) return;
  try {
    const created = await api<{ path: string }>('/api/new', body);
    await refreshListing();
    state.dirty = false;
    await openDocument(created.path);
    setStatus(`${w().created}: ${created.path}`);
  } catch (error) {
    setStatus((error as Error).message);
  }
}

async function lintNow(file: File): Promise<void> {
  setStatus(w().checking);
  try {
    const result = await api<{ findings: Array<Record<Lang, Record<string, unknown>>> }>(
      '/api/lint',
      undefined,
      file,
    );
    state.lintResult = { name: file.name, findings: result.findings };
    renderSidebar();
    setStatus('');
  } catch (error) {
    setStatus((error as Error).message);
  }
}

// ------------------------------------------------------------------------------------------ start

document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
    event.preventDefault();
    void saveNow(false);
  }
});
window.addEventListener('beforeunload', (event) => {
  if (state.dirty) event.preventDefault();
});
document.getElementById('lang-toggle')!.addEventListener('click', () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem('vanban-lang', lang);
  renderAll();
  renderDiagnostics();
});

async function start(): Promise<void> {
  try {
    await refreshListing();
    renderAll();
    const wanted = params.get('doc');
    if (wanted) await openDocument(wanted);
  } catch (error) {
    setStatus((error as Error).message);
  }
}

void start();
