/**
 * Runs a kind's Handlebars template on its view and parses the markup it produces. Template mistakes
 * become diagnostics located in the template file itself.
 *
 * A --templates folder is not trusted more than data: its files are checked before they run
 * (templateChecks.ts: no unescaped output, no character a DOCX cannot hold), the view loses characters
 * a DOCX cannot hold (viewChars.ts), and what a template produces is bounded by MAX_TEMPLATE_OUTPUT.
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
import { checkTemplate } from './templateChecks.js';
import { viewWithValidText } from './viewChars.js';

/**
 * The most text (UTF-16 code units) a template may produce. The largest shipped example produces
 * about {@link LARGEST_SHIPPED_OUTPUT} characters; a thousand times that is still no document.
 */
export const MAX_TEMPLATE_OUTPUT = 4 * 1024 * 1024;
/** Measured with test/hostile/templateOutput.test.ts, which keeps it true. */
export const LARGEST_SHIPPED_OUTPUT = 0;

/** Thrown inside a run when the output passes MAX_TEMPLATE_OUTPUT; never leaves render(). */
class OutputTooLarge extends Error {}

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
  /** What is wrong with the partials (unreadable, syntax, checks): reported with every document. */
  private readonly partialProblems: Diagnostic[] = [];
  /**
   * For the current run: the output of its {{#each}} blocks that are not inside another {{#each}},
   * and how many {{#each}} blocks are running.
   */
  private readonly output = { soFar: 0, eachDepth: 0 };

  constructor(
    store: TemplateStore,
    private readonly precompiled: PrecompiledTemplates = PRECOMPILED,
  ) {
    const SafeString = this.handlebars.SafeString;
    for (const [name, fn] of Object.entries(HELPERS)) {
      // A helper returning a SafeString would print data unescaped; none does, and none ever can.
      this.handlebars.registerHelper(name, function (this: unknown, ...args: unknown[]) {
        const value: unknown = (fn as (...a: unknown[]) => unknown).apply(this, args);
        return value instanceof SafeString ? value.toString() : value;
      });
    }
    this.registerCountingEach();
    const partials = store.partials();
    this.precompiledPartials = partials.every((p) => precompiled.partials[p.name]?.text === p.text);
    for (const partial of partials) {
      const built = this.precompiledPartials ? precompiled.partials[partial.name] : undefined;
      if (built) {
        this.handlebars.registerPartial(partial.name, this.handlebars.template(built.spec));
        continue;
      }
      const problems: Diagnostic[] = [];
      if (partial.invalid) problems.push(partial.invalid);
      else this.parseChecked(partial, problems);
      if (problems.length > 0) this.partialProblems.push(...problems);
      else this.handlebars.registerPartial(partial.name, partial.text);
    }
  }

  /**
   * {{#each}} as Handlebars has it, counting what its blocks produce: a run stops with OutputTooLarge
   * as soon as one {{#each}}, or all the outermost ones together, pass MAX_TEMPLATE_OUTPUT, before
   * repeated data can build a string of hundreds of megabytes.
   */
  private registerCountingEach(): void {
    const each = this.handlebars.helpers.each!;
    const output = this.output;
    this.handlebars.registerHelper('each', function (this: unknown, context: unknown, options: unknown) {
      const opts = options as Handlebars.HelperOptions;
      const outermost = output.eachDepth === 0;
      let own = 0;
      const fn = opts.fn;
      const counted = function (this: unknown, ...args: Parameters<typeof fn>) {
        const out = fn.apply(this, args);
        own += out.length;
        if (outermost) output.soFar += out.length;
        if (own > MAX_TEMPLATE_OUTPUT || output.soFar > MAX_TEMPLATE_OUTPUT) throw new OutputTooLarge();
        return out;
      };
      output.eachDepth++;
      try {
        return each.call(this, context, { ...opts, fn: counted }) as unknown;
      } finally {
        output.eachDepth--;
      }
    });
  }

  /**
   * The template's syntax tree, or undefined with its problems in `diagnostics`: Handlebars syntax,
   * paths that reach JavaScript internals, then templateChecks.ts, each located in the file.
   */
  private parseChecked(file: TemplateFile, diagnostics: Diagnostic[]): hbs.AST.Program | undefined {
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
    const problems = checkTemplate(file.text, ast);
    if (problems.length > 0) {
      const lineCounter = lineCounterFor(file.text);
      for (const p of problems)
        diagnostics.push(
          diagnostic(
            p.code,
            p.args,
            locateOffset({ file: file.path, text: file.text, lineCounter }, p.offset, p.length),
          ),
        );
      return undefined;
    }
    return ast;
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
    const ast = this.parseChecked(file, diagnostics);
    if (!ast) return undefined;
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
    if (this.partialProblems.length > 0) {
      diagnostics.push(...this.partialProblems);
      return undefined;
    }
    if (file.invalid) {
      diagnostics.push(file.invalid);
      return undefined;
    }
    const compiled = this.compile(file, diagnostics);
    if (!compiled) return undefined;
    const tooLarge = () =>
      diagnostic(
        'TEMPLATE_OUTPUT_TOO_LARGE',
        { template: file.path, limit: MAX_TEMPLATE_OUTPUT },
        locateInTemplate(file, 1, 0),
      );
    let text: string;
    this.output.soFar = 0;
    this.output.eachDepth = 0;
    try {
      text = compiled(viewWithValidText(view, diagnostics));
    } catch (error) {
      // Past V8's longest string ("Invalid string length") before any {{#each}} noticed: the same limit.
      if (
        error instanceof OutputTooLarge ||
        (error instanceof RangeError && /string length/i.test(error.message))
      ) {
        diagnostics.push(tooLarge());
        return undefined;
      }
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
    if (text.length > MAX_TEMPLATE_OUTPUT) {
      diagnostics.push(tooLarge());
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
