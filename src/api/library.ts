/**
 * The library's three calls, what `import { render, check, lint } from 'vanban'` gives. Each returns what
 * went wrong as diagnostics (or lint findings), never throws for a mistake in the user's files or paths;
 * an exception means a bug in vanban. A document inside a workspace (`vanban init`) uses the workspace's
 * agencies/, templates/ and out/ unless the options say otherwise, as the CLI does.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Finding } from '../lint/finding.js';
import { DocumentLoader } from '../load/loadDocument.js';
import type { OfficialDocument } from '../model/document.js';
import { workspaceDefaults } from '../workspace/workspace.js';
import { renderFile } from './renderFile.js';

export interface CheckOptions {
  /** Warnings count as errors (ok is false when there is any). */
  strict?: boolean;
  /** Folder of agency profiles searched first; by default the workspace's agencies/. */
  agenciesDir?: string;
  /** Folder of templates replacing or adding to the built-in ones; by default the workspace's templates/. */
  templatesDir?: string;
}

export interface RenderOptions extends CheckOptions {
  /** The DOCX path; by default <outDir>/<input name>.docx. */
  output?: string;
  /** By default the workspace's out/, or out/ in the current folder. */
  outDir?: string;
  /** Replace an existing file (without it, a different existing file is an OUTPUT_EXISTS diagnostic). */
  force?: boolean;
  /** false: write nothing and return the DOCX bytes in `docx`. Default true. */
  write?: boolean;
}

export interface CheckResult {
  input: string;
  /** No errors (and, under strict, no warnings). */
  ok: boolean;
  /** Errors and warnings, each with code, message arguments and file:line:column. */
  diagnostics: Diagnostic[];
  /** The Decree-30 document model, when the input was valid enough to build it. */
  model?: OfficialDocument;
}

export interface RenderResult extends CheckResult {
  /** The path written (or left as it was, see unchanged). */
  written?: string;
  /** The file already held exactly these bytes and was not touched. */
  unchanged?: boolean;
  /** With write: false, the DOCX. */
  docx?: Uint8Array;
}

export interface LintResult {
  file: string;
  /** No error findings. */
  ok: boolean;
  errors: number;
  warnings: number;
  /** What breaks Nghị định 30: rule, clause, expected and found values, where (see docs/lint.md). */
  findings: Finding[];
}

function loadOptions(input: string, options: CheckOptions) {
  const defaults = workspaceDefaults([input]);
  return {
    defaults,
    agenciesDir: options.agenciesDir ?? defaults.agenciesDir,
    templatesDir: options.templatesDir ?? defaults.templatesDir,
  };
}

/** Validates a document (a YAML file, or a folder of files making one document); writes nothing. */
export async function check(input: string, options: CheckOptions = {}): Promise<CheckResult> {
  const { agenciesDir, templatesDir } = loadOptions(input, options);
  const loaded = new DocumentLoader({ agenciesDir, templatesDir }).load(input);
  if (loaded.model && !hasErrors(loaded.diagnostics, options.strict)) {
    // The same judgement as `vanban lint` on the DOCX this would make (see lintAgreement.ts).
    const { lintDisagreements } = await import('./lintAgreement.js');
    loaded.diagnostics.push(...(await lintDisagreements(loaded.model, input, loaded.locate, loaded.data)));
  }
  return {
    input,
    ok: loaded.model !== undefined && !hasErrors(loaded.diagnostics, options.strict),
    diagnostics: loaded.diagnostics,
    ...(loaded.model ? { model: loaded.model } : {}),
  };
}

/**
 * Renders a document to DOCX: written to `output` (or <outDir>/<name>.docx) never over a different file
 * unless force, or returned as bytes with write: false. The same input always gives the same bytes.
 */
export async function render(input: string, options: RenderOptions = {}): Promise<RenderResult> {
  const { defaults, agenciesDir, templatesDir } = loadOptions(input, options);
  const strict = options.strict ?? false;
  if (options.write === false) {
    const checked = await check(input, { strict, agenciesDir, templatesDir });
    if (!checked.ok || !checked.model) return checked;
    const { renderDocx } = await import('../render/docx/renderDocx.js');
    return { ...checked, docx: await renderDocx(checked.model) };
  }
  const result = await renderFile(input, {
    agenciesDir,
    templatesDir,
    strict,
    force: options.force ?? false,
    outDir: options.outDir ?? defaults.outDir ?? 'out',
    ...(options.output !== undefined ? { output: options.output } : {}),
  });
  return {
    input,
    ok: result.written !== undefined && !hasErrors(result.diagnostics, strict),
    diagnostics: result.diagnostics,
    ...(result.model ? { model: result.model } : {}),
    ...(result.written !== undefined ? { written: result.written } : {}),
    ...(result.unchanged ? { unchanged: true } : {}),
  };
}

/** Checks any DOCX file (Word, LibreOffice, WPS) against Nghị định 30; a missing file is a finding too. */
export async function lint(file: string): Promise<LintResult> {
  const [{ lintFile }, { counts }] = await Promise.all([
    import('../lint/lintFile.js'),
    import('../lint/report.js'),
  ]);
  const findings = lintFile(file);
  const { errors, warnings } = counts(findings);
  return { file, ok: errors === 0, errors, warnings, findings };
}
