/**
 * `vanban import` on files: reads a DOCX (bounded, as lint reads it), reuses an agency profile that
 * already describes the same agency or drafts a new one in agencies/ beside the output, and writes the
 * YAML. Nothing is written over an existing file without `force`.
 */
import { closeSync, existsSync, fstatSync, openSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { diagnostic } from '../diagnostics/make.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { holdsSameBytes, writeFileSafely } from '../io/writeFileSafely.js';
import { agencyPlaces, knownAgencies, loadAgency } from '../load/loadAgency.js';
import { DEFAULT_LIMITS, LimitError, limitDetail } from '../lint/limits.js';
import { fileSource } from '../lint/zip.js';
import type { AgencyProfile } from '../profile/agencySchema.js';
import { asciiSlug, vietnameseUpper } from '../text/case.js';
import { importDocx, NotAdministrativeError, type ImportResult, type Review } from './importDocx.js';
import { toYaml } from './writeYaml.js';
import { findWorkspace } from '../workspace/workspace.js';
import { PACKAGE_ROOT } from '../packageRoot.js';

export interface ImportOptions {
  output?: string;
  agencies?: string;
  force?: boolean;
  /** false: the document's YAML is returned in `text`, not written (`vanban new --from x.docx`). */
  writeDocument?: boolean;
}

export interface ImportOutcome {
  diagnostics: Diagnostic[];
  result?: ImportResult;
  /** Files written (or left unchanged because they already held the same bytes). */
  documentPath?: string;
  profilePath?: string;
  profileReused?: boolean;
  /** The document's YAML. */
  text?: string;
}

const same = (a: string | undefined, b: string | undefined): boolean =>
  vietnameseUpper((a ?? '').replace(/\s+/g, ' ').trim()) ===
  vietnameseUpper((b ?? '').replace(/\s+/g, ' ').trim());

/** A profile in the search folders that names the same agency under the same parent. */
function matchingProfile(
  draft: AgencyProfile,
  documentPath: string,
  explicitDir: string | undefined,
): { id: string; profile: AgencyProfile; path: string } | undefined {
  const places = agencyPlaces(documentPath, explicitDir).filter((p) => p.role !== 'builtin');
  for (const id of knownAgencies(places)) {
    const loaded = loadAgency(id, places, undefined);
    const profile = loaded.profile;
    if (!profile || !loaded.path) continue;
    // Reused only when it knows every signer: a profile is the office's file, never edited here.
    const knowsSigners = draft.people.every((d) => profile.people.some((p) => same(p.name, d.name)));
    const knowsUnits = draft.units.every((d) => profile.units.some((u) => u.abbreviation === d.abbreviation));
    if (
      same(profile.name, draft.name) &&
      same(profile.parent_agency, draft.parent_agency) &&
      knowsSigners &&
      knowsUnits
    )
      return { id, profile, path: loaded.path };
  }
  return undefined;
}

function readDocx(path: string): ImportResult {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > DEFAULT_LIMITS.maxFileBytes)
      throw new LimitError(
        'maxFileBytes',
        limitDetail('maxFileBytes', DEFAULT_LIMITS.maxFileBytes, { measured: size }),
      );
    return importDocx(fileSource(fd, size));
  } finally {
    closeSync(fd);
  }
}

/** Points the document's signer and unit at the reused profile's own ids, or marks them. */
function adoptProfile(result: ImportResult, profile: AgencyProfile, reviews: Review[]): void {
  const doc = result.document;
  const idOf = (draftId: string): string | undefined => {
    const draft = result.profile.people.find((p) => p.id === draftId);
    return profile.people.find((p) => same(p.name, draft?.name))?.id;
  };
  for (const key of ['signer', 'co_signer']) {
    const ref = doc[key] as { person: string } | undefined;
    const id = ref ? idOf(ref.person) : undefined;
    if (ref && id) ref.person = id;
  }
  if (typeof doc.unit === 'string') {
    const abbreviation = result.profile.units[0]?.abbreviation;
    const unit = profile.units.find((u) => u.abbreviation === abbreviation);
    if (unit) doc.unit = unit.id;
    else
      reviews.push({ path: ['unit'], reason: `đơn vị "${abbreviation ?? ''}" chưa có trong hồ sơ cơ quan` });
  }
}

export function importFile(input: string, options: ImportOptions = {}): ImportOutcome {
  try {
    if (!statSync(input).isFile())
      return { diagnostics: [diagnostic('IMPORT_UNREADABLE', { path: input, why: 'không phải là tệp' })] };
  } catch {
    return { diagnostics: [diagnostic('FILE_NOT_FOUND', { path: input })] };
  }
  let result: ImportResult;
  try {
    result = readDocx(input);
  } catch (error) {
    if (error instanceof NotAdministrativeError)
      return { diagnostics: [diagnostic('IMPORT_NOT_ADMINISTRATIVE', { path: input, why: error.message })] };
    const why =
      error instanceof LimitError ? error.detail.vi : error instanceof Error ? error.message : String(error);
    return { diagnostics: [diagnostic('IMPORT_UNREADABLE', { path: input, why })] };
  }
  const documentPath = resolve(
    options.output ?? join(dirname(input), `${basename(input, extname(input))}.yaml`),
  );
  const reviews = [...result.reviews];
  // In a workspace, its own copy of the schemas; elsewhere the installed package's.
  const schemas = findWorkspace(documentPath)?.schemas ?? join(PACKAGE_ROOT, 'schemas');
  const schemaRef = (from: string, name: string): string =>
    (relative(dirname(from), join(schemas, name)) || name).split('\\').join('/');
  const match = matchingProfile(result.profile, documentPath, options.agencies);
  let profileId: string;
  let profilePath: string;
  const diagnostics: Diagnostic[] = [];
  if (match) {
    profileId = match.id;
    profilePath = match.path;
    adoptProfile(result, match.profile, reviews);
  } else {
    const base = asciiSlug(`${result.profile.abbreviation} ${result.profile.place}`) || 'co-quan';
    const folder = join(dirname(documentPath), 'agencies');
    const profileText = toYaml(
      result.profile as unknown as Record<string, unknown>,
      [
        `yaml-language-server: $schema=${schemaRef(join(dirname(documentPath), 'agencies', 'x'), 'agency.schema.json')}`,
        `Hồ sơ cơ quan, nhập từ ${basename(input)} bằng "vanban import". Xem lại các dòng "# XEM LẠI".`,
      ],
      result.profileReviews,
    );
    // Another draft of the same agency (other signers) already there: a new name, never over it.
    const bytes = new TextEncoder().encode(profileText);
    let n = 1;
    profileId = base;
    // --force is about the document: an agency's profile may serve other documents, so never over it.
    while (
      existsSync(join(folder, `${profileId}.yaml`)) &&
      !holdsSameBytes(join(folder, `${profileId}.yaml`), bytes)
    )
      profileId = `${base}-${++n}`;
    profilePath = join(folder, `${profileId}.yaml`);
    const problem = writeFileSafely(profilePath, bytes, { force: false });
    if (problem) return { diagnostics: [problem], result };
  }
  result.document.agency = profileId;
  const header = [
    `yaml-language-server: $schema=${schemaRef(documentPath, `${result.kind}.schema.json`)}`,
    `Nhập từ ${basename(input)} bằng "vanban import". Sửa các dòng "# XEM LẠI" rồi chạy: vanban render ${relative(process.cwd(), documentPath) || basename(documentPath)}`,
  ];
  const text = toYaml(result.document, header, reviews);
  result.reviews = reviews;
  const outcome = {
    diagnostics,
    result,
    documentPath,
    profilePath,
    profileReused: match !== undefined,
    text,
  };
  if (options.writeDocument === false) return outcome;
  const problem = writeFileSafely(documentPath, new TextEncoder().encode(text), options);
  if (problem) diagnostics.push(problem);
  return outcome;
}
