/**
 * Runs a kind's Handlebars template on its view and parses the markup it produces. Template mistakes
 * become diagnostics located in the template file itself.
 */
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { locateOffset } from '../load/yamlSource.js';
import { lineCounterFor } from '../load/lineCounter.js';
import { HELPERS } from './helpers.js';
import { MarkupError, parseMarkup, type TemplateOutput } from './markup.js';
import { COMPILE_OPTIONS, PRECOMPILED, type PrecompiledTemplates } from './precompiled.js';
import type { TemplateFile, TemplateStore } from './templateStore.js';
import { findUnsafePath } from './unsafePaths.js';

type Compiled = (view: Record<string, unknown>) => string;

/** Location of a 1-based line and 0-based column in a template file. */
function locateInTemplate(
  file: TemplateFile,
  line: number,
  column0: number,
  length = 1,
): Diagnostic['location'] {
  const lineCounter = lineCounterFor(file.text);
  const offset = (lineCounter.lineStarts[line - 1] ?? 0) + column0;
  return locateOffset({ file: file.path, text: file.text, lineCounter }, offset, length);
}

/** A new object each run, as Handlebars may keep what it is given. */
const runOptions = () => ({ allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });

export class TemplateRenderer {
  private readonly cache = new Map<string, Compiled>();
  private readonly handlebars = Handlebars.create();
  /**
   * Whether the build's precompiled templates may be used: only when every partial is one of them, with
   * the same text. A template compiled at build time passes no compile options to partials given as
   * text, so with any other partial everything is compiled at run time, as without precompiled ones.
   */
  private readonly precompiledPartials: boolean;

  constructor(
    store: TemplateStore,
    private readonly precompiled: PrecompiledTemplates = PRECOMPILED,
  ) {
    for (const [name, fn] of Object.entries(HELPERS)) this.handlebars.registerHelper(name, fn);
    const partials = store.partials();
    this.precompiledPartials = partials.every((p) => precompiled.partials[p.name]?.text === p.text);
    for (const partial of partials) {
      const built = this.precompiledPartials ? precompiled.partials[partial.name] : undefined;
      this.handlebars.registerPartial(
        partial.name,
        built ? this.handlebars.template(built.spec) : partial.text,
      );
    }
  }

  /** Compiles once per template name; a batch of a thousand notices compiles once. */
  private compile(file: TemplateFile, diagnostics: Diagnostic[]): Compiled | undefined {
    const cached = this.cache.get(file.path);
    if (cached) return cached;
    // The text is compared, not the file's name or time: an edited shipped template is compiled again.
    const built = this.precompiledPartials ? this.precompiled.templates[file.name] : undefined;
    if (built?.text === file.text) {
      const template = this.handlebars.template(built.spec);
      const compiled: Compiled = (view) => template(view, runOptions());
      this.cache.set(file.path, compiled);
      return compiled;
    }
    let ast: hbs.AST.Program;
    try {
      ast = this.handlebars.parse(file.text);
    } catch (error) {
      const { message, lineNumber, column } = error as Error & { lineNumber?: number; column?: number };
      const first = message.split('\n')[0] ?? message;
      const at = / - (\d+):(\d+)$/.exec(first);
      const line = lineNumber ?? Number(at?.[1] ?? /line (\d+)/.exec(message)?.[1] ?? 1);
      const where = locateInTemplate(file, line, column ?? Number(at?.[2] ?? 0));
      diagnostics.push(diagnostic('TEMPLATE_SYNTAX', { detail: first.replace(/ - \d+:\d+$/, '') }, where));
      return undefined;
    }
    const unsafe = findUnsafePath(ast);
    if (unsafe) {
      diagnostics.push(
        diagnostic(
          'TEMPLATE_SYNTAX',
          { detail: `không được truy cập "${unsafe.name}"` },
          locateInTemplate(file, unsafe.line, unsafe.column, unsafe.name.length),
        ),
      );
      return undefined;
    }
    const template = this.handlebars.compile(ast, { ...COMPILE_OPTIONS });
    const compiled: Compiled = (view) => template(view, runOptions());
    this.cache.set(file.path, compiled);
    return compiled;
  }

  render(
    file: TemplateFile,
    view: Record<string, unknown>,
    diagnostics: Diagnostic[],
  ): TemplateOutput | undefined {
    const compiled = this.compile(file, diagnostics);
    if (!compiled) return undefined;
    let text: string;
    try {
      text = compiled(view);
    } catch (error) {
      const message = (error as Error).message;
      const missing = /^"?([^"]+)"? not defined in .* - (\d+):(\d+)/.exec(message);
      if (missing) {
        const [, field, line, column] = missing;
        diagnostics.push(
          diagnostic(
            'TEMPLATE_FIELD_UNKNOWN',
            { field: field! },
            locateInTemplate(file, Number(line), Number(column), field!.length),
          ),
        );
      } else {
        diagnostics.push(
          diagnostic(
            'TEMPLATE_SYNTAX',
            { detail: message.split('\n')[0] ?? message },
            locateInTemplate(file, 1, 0),
          ),
        );
      }
      return undefined;
    }
    try {
      return parseMarkup(text);
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      diagnostics.push(
        diagnostic(
          'TEMPLATE_MARKUP',
          { detail: `${error.message} ${describeOutputSpot(text, error.offset)}` },
          locateInTemplate(file, 1, 0),
        ),
      );
      return undefined;
    }
  }
}

/**
 * Markup errors are found in the text the template produced, whose lines do not map back to the
 * template's; quoting the produced line lets the writer find the {{…}} or tag that made it.
 */
function describeOutputSpot(output: string, offset: number): string {
  const before = output.slice(0, offset);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const end = output.indexOf('\n', offset);
  const text = output.slice(start, end === -1 ? undefined : end).trim();
  const shown = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `(dòng ${line} của văn bản mẫu tạo ra: «${shown}»)`;
}
