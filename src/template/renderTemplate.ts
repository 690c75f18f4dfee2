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
import { checkTemplate, MAX_NESTING, tooDeep } from './templateChecks.js';
import { viewWithValidText } from './viewChars.js';
import { plainData, viewWithEmphasis } from './dataEmphasis.js';

/**
 * The most text (UTF-16 code units) a template may produce: 4 Mi characters, some 1,500 pages. The
 * largest shipped example (data/2020-08-giao-ban.yaml) produces under 5,000; a test keeps every shipped
 * example under a hundredth of the bound.
 */
export const MAX_TEMPLATE_OUTPUT = 4 * 1024 * 1024;

/** Thrown inside a run when the output passes MAX_TEMPLATE_OUTPUT; never leaves render(). */
class OutputTooLarge extends Error {}

interface OutputCount {
  /** The length of the outermost pieces produced so far in this run. */
  soFar: number;
  /** How many pieces are being produced, one inside another. */
  depth: number;
}

/**
 * Produces one piece of a template's output: a partial, or one item of an {{#each}}. A piece longer
 * than MAX_TEMPLATE_OUTPUT, or outermost pieces that add up to more, stop the run. Pieces inside pieces
 * are not added up, so the count is never more than the output; a piece that repeats its inner pieces
 * (partials calling partials ten times each, ten levels deep) stops at the first level that passes the
 * bound, not after the whole expansion.
 */
function piece(output: OutputCount, produce: () => string): string {
  const outermost = output.depth === 0;
  output.depth++;
  let out: string;
  try {
    out = produce();
  } finally {
    output.depth--;
  }
  if (outermost) output.soFar += out.length;
  if (out.length > MAX_TEMPLATE_OUTPUT || output.soFar > MAX_TEMPLATE_OUTPUT) throw new OutputTooLarge();
  return out;
}

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
  /** The bound's bookkeeping for the current run (see piece()). */
  private readonly output: OutputCount = { soFar: 0, depth: 0 };

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
      let run: Handlebars.TemplateDelegate | undefined;
      if (built) {
        run = this.handlebars.template(built.spec);
      } else {
        if (partial.invalid) this.partialProblems.push(partial.invalid);
        const ast = partial.invalid ? undefined : this.parseChecked(partial, this.partialProblems);
        // What Handlebars does with a partial given as text, when a template compiled with these options
        // first calls it.
        if (ast) run = this.handlebars.compile(ast, { ...COMPILE_OPTIONS });
      }
      if (!run) continue;
      const output = this.output;
      this.handlebars.registerPartial(partial.name, (context: unknown, options?: Handlebars.RuntimeOptions) =>
        piece(output, () => run(context, options)),
      );
    }
  }

  /**
   * {{#each}} as Handlebars has it, with each item's output one piece (piece()) and what the block
   * has produced so far bounded too, so a long list of repeated data stops at MAX_TEMPLATE_OUTPUT
   * instead of building a string of hundreds of megabytes.
   */
  private registerCountingEach(): void {
    const each = this.handlebars.helpers.each!;
    const output = this.output;
    this.handlebars.registerHelper('each', function (this: unknown, context: unknown, options: unknown) {
      const opts = options as Handlebars.HelperOptions;
      const fn = opts.fn;
      let own = 0;
      const counted = function (this: unknown, ...args: Parameters<typeof fn>) {
        const out = piece(output, () => fn.apply(this, args));
        own += out.length;
        if (own > MAX_TEMPLATE_OUTPUT) throw new OutputTooLarge();
        return out;
      };
      return each.call(this, context, { ...opts, fn: counted }) as unknown;
    });
  }

  /**
   * The template's syntax tree, or undefined with its problems in `diagnostics`: Handlebars syntax,
   * paths that reach JavaScript internals, then templateChecks.ts, each located in the file.
   */
  private parseChecked(file: TemplateFile, diagnostics: Diagnostic[]): hbs.AST.Program | undefined {
    const deep = tooDeep(file.text);
    if (deep >= 0) {
      diagnostics.push(
        diagnostic(
          'TEMPLATE_SYNTAX',
          { detail: `các khối {{#…}} hoặc các ( ) lồng nhau quá ${MAX_NESTING} tầng` },
          locateOffset({ file: file.path, text: file.text, lineCounter: lineCounterFor(file.text) }, deep, 3),
        ),
      );
      return undefined;
    }
    try {
      return this.parseAndCheck(file, diagnostics);
    } catch (error) {
      // Subexpressions nested thousands deep, (inHoa (inHoa …)), overflow the stack of any tree walk.
      if (!(error instanceof RangeError)) throw error;
      diagnostics.push(
        diagnostic('TEMPLATE_SYNTAX', { detail: 'mẫu lồng nhau quá sâu' }, locateInTemplate(file, 1, 0)),
      );
      return undefined;
    }
  }

  private parseAndCheck(file: TemplateFile, diagnostics: Diagnostic[]): hbs.AST.Program | undefined {
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
    this.output.depth = 0;
    try {
      text = compiled(viewWithEmphasis(viewWithValidText(view, diagnostics)));
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
  // Data's emphasis and notes, encoded (dataEmphasis.ts), are shown as the clerk wrote them.
  const text = plainData(output.slice(start, end === -1 ? undefined : end)).trim();
  const shown = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `(dòng ${line} của văn bản mẫu tạo ra: «${shown}»)`;
}
