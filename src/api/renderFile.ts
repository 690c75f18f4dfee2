/** The library call behind `vanban render`: YAML in, DOCX written safely, diagnostics out. */
import { basename, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { DocumentLoader, type LoadOptions } from '../load/loadDocument.js';
import type { OfficialDocument } from '../model/document.js';
import { holdsSameBytes, writeFileSafely } from '../io/writeFileSafely.js';

export interface RenderOptions {
  /** Output path; by default out/<input name>.docx. */
  output?: string;
  outDir?: string;
  force?: boolean;
  /** Treat warnings as errors. */
  strict?: boolean;
  /** Validate only; write nothing. */
  dryRun?: boolean;
  /** Lint the DOCX in memory and warn where `vanban lint` would report an error (`vanban check`). */
  lint?: boolean;
}

export interface RenderResult {
  input: string;
  diagnostics: Diagnostic[];
  model?: OfficialDocument;
  /** The path written, when the document was written. */
  written?: string;
  /** True when that file already held exactly these bytes and was left as it was. */
  unchanged?: boolean;
}

export function defaultOutputPath(input: string, outDir = 'out'): string {
  return join(outDir, `${basename(input).replace(/\.ya?ml$/i, '')}.docx`);
}

function isLoader(value: unknown): value is DocumentLoader {
  return typeof (value as { load?: unknown } | undefined)?.load === 'function';
}

/**
 * Renders one document (a YAML file, or a folder of files making one document). The loader may be left
 * out: `renderFile(path, { outDir, agenciesDir })` makes one from the options; pass a DocumentLoader to
 * reuse compiled templates across a batch.
 */
export async function renderFile(input: string, options?: RenderOptions & LoadOptions): Promise<RenderResult>;
export async function renderFile(
  input: string,
  loader: DocumentLoader,
  options?: RenderOptions,
): Promise<RenderResult>;
export async function renderFile(
  input: string,
  loaderOrOptions?: DocumentLoader | (RenderOptions & LoadOptions),
  renderOptions?: RenderOptions,
): Promise<RenderResult> {
  const loader = isLoader(loaderOrOptions) ? loaderOrOptions : new DocumentLoader(loaderOrOptions ?? {});
  const options = (isLoader(loaderOrOptions) ? renderOptions : loaderOrOptions) ?? {};
  const loaded = loader.load(input);
  const result: RenderResult = { input, diagnostics: loaded.diagnostics };
  if (loaded.model) result.model = loaded.model;
  if (options.lint && loaded.model && !hasErrors(loaded.diagnostics, options.strict)) {
    const { lintDisagreements } = await import('./lintAgreement.js');
    result.diagnostics.push(...(await lintDisagreements(loaded.model, input, loaded.locate, loaded.data)));
  }
  if (!loaded.model || hasErrors(loaded.diagnostics, options.strict) || options.dryRun) return result;
  // Imported here, not at the top: `vanban check` and --model never need docx (~50 ms to load).
  const { renderDocx } = await import('../render/docx/renderDocx.js');
  const bytes = await renderDocx(loaded.model);
  const path = options.output ?? defaultOutputPath(input, options.outDir);
  const unchanged = !options.force && holdsSameBytes(path, bytes);
  const problem = writeFileSafely(path, bytes, { force: options.force ?? false });
  if (problem) result.diagnostics.push(problem);
  else {
    result.written = path;
    if (unchanged) result.unchanged = true;
  }
  return result;
}
