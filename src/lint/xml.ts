/**
 * A small XML parser for the parts of a DOCX: elements, attributes and text, nothing else. The input is
 * hostile, so there is no DTD processing at all (a DOCTYPE is skipped, only the five XML entities and
 * numeric references are decoded: no entity bombs, no external fetches), the loop is iterative, and the
 * bounds of limits.ts (elements per part and in total, nesting depth, attributes per element, attribute
 * length) are checked as each tag is read, so a part past them stops within the first bound's worth of
 * work, not after building its tree. Namespace prefixes are resolved and rewritten to the conventional
 * ones (w:, a:, wp:, v: …), so a file that binds WordprocessingML to another prefix (or uses ISO Strict
 * URIs) reads the same.
 */
import { DEFAULT_LIMITS, exceeded, type LintLimits, type ReadBudget } from './limits.js';

export interface XmlElement {
  /** Canonical qualified name, e.g. "w:p"; unknown namespaces keep the prefix the file used. */
  name: string;
  attrs: Map<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** What parseXml checks while it reads: the part's name (for messages), the bounds, the file's budget. */
export interface ParseOptions {
  part?: string;
  limits?: LintLimits;
  /** Shared by all parts of one file: the elements of this part count against its total. */
  budget?: ReadBudget;
}

/** Namespace URI → the prefix the rest of the linter uses ('' for parts whose elements are unprefixed). */
const CANONICAL = new Map<string, string>([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'r'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'r'],
  ['http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'wp'],
  ['http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing', 'wp'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'a'],
  ['http://purl.oclc.org/ooxml/drawingml/main', 'a'],
  ['http://schemas.openxmlformats.org/drawingml/2006/picture', 'pic'],
  ['http://purl.oclc.org/ooxml/drawingml/picture', 'pic'],
  ['http://schemas.microsoft.com/office/word/2010/wordprocessingShape', 'wps'],
  ['http://schemas.microsoft.com/office/word/2010/wordprocessingGroup', 'wpg'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['urn:schemas-microsoft-com:vml', 'v'],
  ['urn:schemas-microsoft-com:office:office', 'o'],
  ['http://schemas.openxmlformats.org/package/2006/relationships', ''],
  ['http://schemas.openxmlformats.org/package/2006/content-types', ''],
  ['http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', ''],
  ['http://purl.oclc.org/ooxml/officeDocument/extendedProperties', ''],
]);

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z]{2,4});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      const valid = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
      return valid ? String.fromCodePoint(cp) : '\ufffd';
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

type Scope = Map<string, string>;

function qualifyUncached(raw: string, scope: Scope, isAttribute: boolean): string {
  const colon = raw.indexOf(':');
  const prefix = colon < 0 ? '' : raw.slice(0, colon);
  const local = colon < 0 ? raw : raw.slice(colon + 1);
  // Unprefixed attributes belong to no namespace, whatever the default namespace is.
  if (colon < 0 && isAttribute) return local;
  const uri = prefix === 'xml' ? XML_NS : scope.get(prefix);
  if (uri === XML_NS) return `xml:${local}`;
  const canonical = uri === undefined ? undefined : CANONICAL.get(uri);
  if (canonical === undefined) return raw;
  return canonical === '' ? local : `${canonical}:${local}`;
}

/**
 * Qualified names, one string per name and scope: a part repeats a few dozen names hundreds of
 * thousands of times, and one shared string each keeps the tree small (the bounds of limits.ts assume it).
 */
const QUALIFIED = new WeakMap<Scope, Map<string, string>>();

function qualify(raw: string, scope: Scope, isAttribute: boolean): string {
  let names = QUALIFIED.get(scope);
  if (!names) QUALIFIED.set(scope, (names = new Map()));
  const key = isAttribute ? `@${raw}` : raw;
  let name = names.get(key);
  if (name === undefined) {
    name = qualifyUncached(raw, scope, isAttribute);
    // A flat copy: the cached string must not hold on to the part's text it was sliced from.
    if (names.size < MAX_CACHED_NAMES) names.set(key, (name = flat(name)));
  }
  return name;
}

const MAX_CACHED_NAMES = 10_000;

/** A string that shares no storage with the text it came from. */
const flat = (s: string): string => (' ' + s).slice(1);

/** The attributes of every element that has none: never written to after parsing. */
const NO_ATTRIBUTES: Map<string, string> = new Map();

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gy;

interface TagLimits {
  part: string;
  limits: LintLimits;
}

function parseTag(
  body: string,
  scope: Scope,
  bounds: TagLimits,
): { name: string; attrs: Map<string, string>; scope: Scope } {
  const nameEnd = body.search(/[\s/]|$/);
  const rawName = body.slice(0, nameEnd);
  if (rawName === '') throw new XmlError('empty element name');
  const { limits, part } = bounds;
  const raw: Array<[string, string]> = [];
  let count = 0;
  let own: Scope | undefined;
  ATTRIBUTE.lastIndex = nameEnd;
  for (;;) {
    while (ATTRIBUTE.lastIndex < body.length && /\s/.test(body[ATTRIBUTE.lastIndex] ?? ''))
      ATTRIBUTE.lastIndex++;
    if (ATTRIBUTE.lastIndex >= body.length || body[ATTRIBUTE.lastIndex] === '/') break;
    const m = ATTRIBUTE.exec(body);
    if (!m) throw new XmlError(`bad attribute in <${rawName}>`);
    const key = m[1] ?? '';
    if (++count > limits.maxAttributes) exceeded(limits, 'maxAttributes', { part, tag: rawName });
    const rawValue = m[2] ?? m[3] ?? '';
    if (rawValue.length > limits.maxAttributeChars)
      exceeded(limits, 'maxAttributeChars', { part, tag: rawName, attribute: key });
    const value = decodeEntities(rawValue);
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      own ??= new Map(scope);
      own.set(key === 'xmlns' ? '' : key.slice(6), value);
    } else raw.push([key, value]);
  }
  const effective = own ?? scope;
  const attrs = raw.length === 0 ? NO_ATTRIBUTES : new Map<string, string>();
  for (const [key, value] of raw) attrs.set(qualify(key, effective, true), value);
  return { name: qualify(rawName, effective, false), attrs, scope: effective };
}

/** Text of an XML part: UTF-8 unless it starts with a UTF-16 byte-order mark. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}

function skipDoctype(xml: string, from: number): number {
  let depth = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  throw new XmlError('unterminated DOCTYPE');
}

function indexOrThrow(xml: string, needle: string, from: number, what: string): number {
  const i = xml.indexOf(needle, from);
  if (i < 0) throw new XmlError(`unterminated ${what}`);
  return i;
}

/**
 * Parses a whole part and returns its root element; throws XmlError on malformed input and LimitError
 * when the part breaks a bound.
 */
export function parseXml(xml: string, options: ParseOptions = {}): XmlElement {
  const limits = options.limits ?? options.budget?.limits ?? DEFAULT_LIMITS;
  const part = options.part ?? 'XML';
  const budget = options.budget;
  const bounds: TagLimits = { part, limits };
  let elements = 0;
  let paragraphs = 0;
  const root: XmlElement = { name: '#document', attrs: new Map(), children: [] };
  const stack: Array<{ el: XmlElement; scope: Scope }> = [{ el: root, scope: new Map() }];
  let i = 0;
  while (i < xml.length) {
    const top = stack[stack.length - 1]!;
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (stack.length > 1) top.el.children.push(decodeEntities(text));
      else if (text.trim() !== '') throw new XmlError('text outside the root element');
    }
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) i = indexOrThrow(xml, '?>', lt + 2, 'processing instruction') + 2;
    else if (xml.startsWith('<!--', lt)) i = indexOrThrow(xml, '-->', lt + 4, 'comment') + 3;
    else if (xml.startsWith('<![CDATA[', lt)) {
      const end = indexOrThrow(xml, ']]>', lt + 9, 'CDATA section');
      top.el.children.push(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) i = skipDoctype(xml, lt + 2);
    else if (xml.startsWith('</', lt)) {
      const end = indexOrThrow(xml, '>', lt + 2, 'end tag');
      const name = qualify(xml.slice(lt + 2, end).trim(), top.scope, false);
      if (stack.length === 1 || name !== top.el.name)
        throw new XmlError(`mismatched end tag </${name}> for <${top.el.name}>`);
      stack.pop();
      i = end + 1;
    } else {
      const end = findTagEnd(xml, lt + 1);
      const selfClosing = xml[end - 1] === '/';
      if (++elements > limits.maxPartElements) exceeded(limits, 'maxPartElements', { part });
      if (budget && ++budget.elements > limits.maxElements) exceeded(limits, 'maxElements', { part });
      const tag = parseTag(xml.slice(lt + 1, selfClosing ? end - 1 : end), top.scope, bounds);
      // Paragraphs cost the most downstream (model, layout, every rule): counted here, as they are read.
      if (budget && tag.name === 'w:p') budget.addParagraph(part, ++paragraphs);
      const el: XmlElement = { name: tag.name, attrs: tag.attrs, children: [] };
      if (stack.length === 1 && root.children.length > 0) throw new XmlError('more than one root element');
      top.el.children.push(el);
      if (!selfClosing) {
        if (stack.length > limits.maxDepth) exceeded(limits, 'maxDepth', { part });
        stack.push({ el, scope: tag.scope });
      }
      i = end + 1;
    }
  }
  if (stack.length > 1) throw new XmlError(`unclosed element <${stack[stack.length - 1]!.el.name}>`);
  const first = root.children[0];
  if (first === undefined || typeof first === 'string') throw new XmlError('no root element');
  return first;
}

/**
 * Start tags in the UTF-8 bytes of a part, counted up to `stop`: every '<' not followed by '/', '!' or
 * '?'. An upper bound on the elements parseXml would build (a '<' inside a comment or CDATA counts too),
 * found with indexOf at memory speed, so a part of millions of elements is refused before it is decoded.
 */
export function countStartTags(bytes: Uint8Array, stop: number): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buf.indexOf(0x3c); i >= 0 && n <= stop; i = buf.indexOf(0x3c, i + 1)) {
    const next = buf[i + 1];
    if (next !== 0x2f && next !== 0x21 && next !== 0x3f) n++;
  }
  return n;
}

/** The '>' that ends a start tag, skipping '>' inside quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
    else if (c === '<') break;
  }
  throw new XmlError('unterminated start tag');
}

// Small accessors used everywhere in the linter.

export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? childElements(el).filter((c) => c.name === name) : [];
}

/** Depth-first search for the descendants with this name (not descending into matches). */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attrs.get(name);
}

/** All text below an element, in order. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}
