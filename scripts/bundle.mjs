/**
 * The second step of `npm run build`, after tsc has written dist/src/:
 *
 * 1. bundles the CLI (dist/src/cli/program.js and what it imports from node_modules) into one CommonJS
 *    file, dist/bundle/vanban.cjs, with esbuild; in it, dist/src/template/precompiled.js (empty) is replaced
 *    by the shipped templates compiled with Handlebars.precompile (src/template/precompile.ts), so a render
 *    with them does not compile templates; and non-ASCII characters left in comments and regular
 *    expressions are escaped, so the bundle is ASCII (see toAscii);
 * 2. renders the shipped example once through that bundle, in this process, and saves V8's code cache of
 *    everything that ran (dist/bundle/vanban.cjs.cache, headed by the bundle file's SHA-256; see
 *    bin/loadBundle.js).
 *
 * bin/vanban.js runs the bundle through that cache: a one-notice `vanban render` starts in about 60% of
 * the time the unbundled modules take (docs/performance.md). dist/src stays: tests and the benchmark
 * import it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE, CODE_CACHE, loadBundle, sourceHash } from '../bin/loadBundle.js';
import { precompiledModule } from '../dist/src/template/precompile.js';

const REPO = join(import.meta.dirname, '..');
const EXAMPLE = join(REPO, 'data', '2020-08-giao-ban.yaml');

const PRECOMPILED = join(REPO, 'dist', 'src', 'template', 'precompiled.js');
let precompiledReplaced = false;
/** Puts the precompiled shipped templates in place of the empty table of dist/src/template/precompiled.js. */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]precompiled\.js$/ }, (args) => {
      if (args.path !== PRECOMPILED) return undefined;
      precompiledReplaced = true;
      return { contents: precompiledModule(), loader: 'js' };
    });
  },
};

/**
 * The bundle with every non-ASCII character written as a \uXXXX escape, so bin/loadBundle.js can give V8 a
 * one-byte string. esbuild already escapes strings and template literals; what remains is in comments and
 * regular expression literals, where the escape means the same character (with or without the u flag,
 * astral characters as their surrogate pair). A character right after a backslash would change meaning
 * when escaped; there is none, and the build stops if one appears.
 */
function toAscii(text) {
  return text.replace(/[\u0080-\uffff]/g, (char, offset) => {
    let backslashes = 0;
    while (text[offset - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 1)
      throw new Error(
        `bundle: an escaped non-ASCII character at offset ${offset}: ${text.slice(offset - 40, offset + 10)}`,
      );
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

rmSync(join(REPO, 'dist', 'bundle'), { recursive: true, force: true });
await build({
  entryPoints: [join(REPO, 'dist', 'src', 'cli', 'program.js')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: BUNDLE,
  // CommonJS has no import.meta; src/packageRoot.ts finds the package from the bundle's own URL.
  define: { 'import.meta.url': 'vanbanBundleUrl' },
  banner: { js: "const vanbanBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [precompiledTemplates],
  logLevel: 'warning',
});
if (!precompiledReplaced) throw new Error(`bundle: ${PRECOMPILED} was not in the bundle`);
writeFileSync(BUNDLE, toAscii(readFileSync(BUNDLE, 'utf8')));

const { exports: cli, script } = loadBundle({ useCache: false });
const scratch = mkdtempSync(join(tmpdir(), 'vanban-build-'));
try {
  const errors = [];
  const code = await cli.main(['render', EXAMPLE, '-o', join(scratch, 'example.docx'), '--force'], {
    out: () => {},
    err: (text) => errors.push(text),
  });
  // The cache stays valid, only smaller: it holds what ran.
  if (code !== 0)
    console.warn(`bundle: the example did not render, the code cache covers less:\n${errors.join('\n')}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
writeFileSync(CODE_CACHE, Buffer.concat([sourceHash(readFileSync(BUNDLE)), script.createCachedData()]));
