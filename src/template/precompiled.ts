/**
 * The shipped templates (templates/*.hbs and templates/partials/*.hbs), compiled at build time.
 *
 * This module is empty in the sources and in dist/src: scripts/bundle.mjs replaces it in the CLI bundle
 * with the output of precompiledModule() (precompile.ts), so a `vanban render` with the shipped
 * templates runs them without compiling them. TemplateRenderer uses an entry only when the file it read
 * has exactly the text the entry was compiled from; any other template (a --templates folder, an edited
 * shipped file) is compiled at run time as before.
 */

/** The options every template and partial is compiled with, at build time and at run time. */
export const COMPILE_OPTIONS = { strict: true, preventIndent: true } as const;

export interface PrecompiledTemplate {
  /** The file's text the spec was compiled from. */
  text: string;
  /** What Handlebars.precompile returns (the global type of handlebars' typings). */
  spec: TemplateSpecification;
}

export interface PrecompiledTemplates {
  /** By template name (the file name without .hbs). */
  templates: Record<string, PrecompiledTemplate>;
  /** By partial name. */
  partials: Record<string, PrecompiledTemplate>;
}

export const PRECOMPILED: PrecompiledTemplates = { templates: {}, partials: {} };
