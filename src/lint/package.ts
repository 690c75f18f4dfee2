/**
 * The parts of a DOCX package the linter reads, found the way Word finds them: through the package
 * relationships (_rels/.rels → main document → its own .rels), not by assuming file names, since
 * LibreOffice and WPS name parts differently.
 */
import { posix } from 'node:path';
import { DEFAULT_LIMITS, exceeded, ReadBudget, type LintLimits } from './limits.js';
import { openZip, TOO_LARGE, type ByteSource, type ZipArchive } from './zip.js';
import {
  attr,
  children,
  countStartTags,
  decodeXmlBytes,
  parseXml,
  XmlError,
  type XmlElement,
} from './xml.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: "styles", "header", "officeDocument" … */
  type: string;
  /** Package path of the target (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

export interface DocxPackage {
  zip: ZipArchive;
  mainPath: string;
  /** Relationships of the main document part, by id. */
  mainRels: Map<string, Relationship>;
  /**
   * Parses a part; undefined when absent. Throws XmlError/ZipError when it is present but unreadable,
   * LimitError when it breaks a bound.
   */
  xml(path: string): XmlElement | undefined;
  /** What this file has spent of its bounds; the model counts its paragraphs here. */
  budget: ReadBudget;
  /** The first target of a relationship type from the main part. */
  partOfType(type: string): string | undefined;
}

function relsPathOf(partPath: string): string {
  const dir = posix.dirname(partPath);
  return posix.join(dir === '.' ? '' : dir, '_rels', posix.basename(partPath) + '.rels');
}

function typeName(type: string): string {
  if (type.startsWith(REL)) return type.slice(REL.length);
  if (type.startsWith(REL_STRICT)) return type.slice(REL_STRICT.length);
  return type.slice(type.lastIndexOf('/') + 1);
}

function resolveTarget(sourcePath: string, target: string): string {
  if (target.startsWith('/')) return posix.normalize(target.slice(1));
  const dir = posix.dirname(sourcePath);
  return posix.normalize(posix.join(dir === '.' ? '' : dir, target)).replace(/^(\.\.\/)+/, '');
}

export function readRelationships(
  xml: (path: string) => XmlElement | undefined,
  partPath: string,
): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const root = xml(relsPathOf(partPath));
  for (const rel of children(root, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (!id || target === undefined) continue;
    const external = attr(rel, 'TargetMode') === 'External';
    rels.set(id, {
      id,
      type: typeName(attr(rel, 'Type') ?? ''),
      target: external ? target : resolveTarget(partPath, decodeURIComponentSafe(target)),
      external,
    });
  }
  return rels;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export class NotADocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotADocxError';
  }
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * One part to a tree, the bounds checked cheapest first: the part's size while inflating (never more
 * than the bound is inflated), the count of start tags before any decoding, the file's total of XML
 * bytes, then, while parsing, depth, attributes and the exact element counts. A part too large to read
 * is still sampled: when its first bytes already hold more start tags than a part may have, that is
 * the cause named (eleven million <w:p/> are "too many elements", not just "too many bytes").
 */
function readPart(zip: ZipArchive, path: string, budget: ReadBudget): XmlElement | undefined {
  const limits = budget.limits;
  const tooMany = (bytes: Buffer) =>
    !isUtf16(bytes) && countStartTags(bytes, limits.maxPartElements) > limits.maxPartElements;
  const bytes = zip.readAtMost(path, limits.maxPartBytes);
  if (bytes === undefined) return undefined;
  if (bytes === TOO_LARGE) {
    if (tooMany(zip.head(path, limits.maxPartBytes))) exceeded(limits, 'maxPartElements', { part: path });
    const declared = zip.declaredSize(path) ?? 0;
    exceeded(
      limits,
      'maxPartBytes',
      declared > limits.maxPartBytes ? { part: path, measured: declared } : { part: path },
    );
  }
  if (tooMany(bytes)) exceeded(limits, 'maxPartElements', { part: path });
  budget.addXmlBytes(path, bytes.length);
  try {
    return parseXml(decodeXmlBytes(bytes), { part: path, budget });
  } catch (error) {
    if (error instanceof XmlError) throw new XmlError(`${path}: ${error.message}`);
    throw error;
  }
}

export function openDocx(bytes: Uint8Array | ByteSource, limits: LintLimits = DEFAULT_LIMITS): DocxPackage {
  if (bytes.length > limits.maxFileBytes) exceeded(limits, 'maxFileBytes', { measured: bytes.length });
  const zip = openZip(bytes, limits);
  const budget = new ReadBudget(limits);
  const cache = new Map<string, XmlElement | undefined>();
  const xml = (path: string): XmlElement | undefined => {
    if (cache.has(path)) return cache.get(path);
    const parsed = readPart(zip, path, budget);
    cache.set(path, parsed);
    return parsed;
  };
  const packageRels = readRelationships(xml, '');
  const office = [...packageRels.values()].find((r) => r.type === 'officeDocument' && !r.external);
  const mainPath = office?.target ?? 'word/document.xml';
  if (!zip.has(mainPath)) throw new NotADocxError('no main document part (word/document.xml)');
  const mainRels = readRelationships(xml, mainPath);
  return {
    zip,
    mainPath,
    mainRels,
    xml,
    budget,
    partOfType: (type) => [...mainRels.values()].find((r) => r.type === type && !r.external)?.target,
  };
}
