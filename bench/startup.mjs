/**
 * Where a one-document `vanban render` spends its time, and what would shorten it:
 *
 *   node bench/startup.mjs [--runs 15] [--compare DIR]        (after npm run build)
 *
 * Part 1 times the phases inside fresh processes, on the unbundled modules of dist/src: Node's own start,
 * importing the modules, loading the YAML (parse, schema, template), rendering the DOCX, writing it.
 * Part 2 measures builds of the same CLI against `node -e 0`, alternating, all checked to write the same
 * DOCX bytes: as built (bin/vanban.js: the esbuild CommonJS bundle in dist/bundle, through the V8 code
 * cache the build saved); the same bundle without its cache; an ESM bundle split at the lazy imports (no
 * cache: Node 20 has none for ES modules); and the unbundled tsc output in dist/src, which bin/vanban.js
 * ran before. The extra builds live in a temporary folder under dist/ and are removed afterwards.
 * --compare DIR adds another built checkout's `node DIR/bin/vanban.js` (for example the commit before a
 * change, from `git archive`, with `npm run build` run in it), measured in the same alternating rounds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { EXAMPLE, REPO } from './notices.mjs';
import { alternate, describe, summary } from './stats.mjs';

const { values: flags } = parseArgs({
  options: { runs: { type: 'string', default: '15' }, compare: { type: 'string' } },
});
const RUNS = Number(flags.runs);
const log = (text = '') => process.stdout.write(text + '\n');
// Inside the package (templates are found from the package root), in dist/ which lint and git ignore.
const scratch = mkdtempSync(join(REPO, 'dist', '.bench-startup-'));
const out = join(mkdtempSync(join(tmpdir(), 'vanban-startup-')), 'x.docx');

/** Runs in a fresh process: the phases of one render, as JSON. */
const PHASES = `
const t0 = performance.now();
const { DocumentLoader } = await import(${JSON.stringify(join(REPO, 'dist/src/load/loadDocument.js'))});
const t1 = performance.now();
const { renderDocx } = await import(${JSON.stringify(join(REPO, 'dist/src/render/docx/renderDocx.js'))});
const { writeFileSafely } = await import(${JSON.stringify(join(REPO, 'dist/src/io/writeFileSafely.js'))});
const t2 = performance.now();
const loaded = new DocumentLoader().load(${JSON.stringify(EXAMPLE)});
const t3 = performance.now();
const bytes = await renderDocx(loaded.model);
const t4 = performance.now();
writeFileSafely(${JSON.stringify(out)}, bytes, { force: true });
const t5 = performance.now();
console.log(JSON.stringify({ 'Node start (to first line of user code)': t0, 'import the loader (yaml, handlebars, schema…)': t1 - t0,
  'import docx': t2 - t1, 'load the YAML (first time)': t3 - t2, 'render the DOCX (first time)': t4 - t3, 'write (fsync)': t5 - t4 }));
`;

function phases() {
  log(`1. Phases of one render in a fresh process (${RUNS} runs; medians)`);
  const file = join(scratch, 'phases.mjs');
  writeFileSync(file, PHASES);
  const samples = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', cwd: REPO });
    if (r.status !== 0) throw new Error(r.stderr);
    if (i >= 2) samples.push(JSON.parse(r.stdout));
  }
  for (const name of Object.keys(samples[0])) {
    log(`   ${name.padEnd(44)} ${describe(summary(samples.map((s) => s[name])))}`);
  }
}

async function candidates() {
  log(`\n2. Builds of the CLI, whole process (${RUNS} alternating runs each; ratio to node -e 0)`);
  const node = process.execPath;
  const render = ['render', EXAMPLE, '-o', out, '--force'];
  const quiet = { cwd: REPO, stdio: 'ignore' };
  const entry = (name, text) => {
    const file = join(scratch, name);
    writeFileSync(file, text);
    return file;
  };
  const run = 'process.exitCode = await main(process.argv.slice(2));\n';
  const unbundled = entry('unbundled.mjs', `import { main } from '../src/cli/program.js';\n${run}`);
  const noCache = entry(
    'nocache.mjs',
    `import { loadBundle } from ${JSON.stringify(join(REPO, 'bin', 'loadBundle.js'))};\n` +
      `const { main } = loadBundle({ useCache: false }).exports;\n${run}`,
  );
  await build({
    entryPoints: [join(REPO, 'dist', 'src', 'cli', 'program.js')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    outdir: join(scratch, 'esm'),
    chunkNames: 'chunk-[hash]',
    // commander and handlebars are CommonJS and require Node's built-in modules.
    banner: {
      js: "import { createRequire as vanbanCreateRequire } from 'node:module'; const require = vanbanCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const esm = entry(join('esm', 'run.mjs'), `import { main } from './program.js';\n${run}`);
  const commands = [
    { name: 'node -e 0', command: node, args: ['-e', '0'], options: quiet },
    {
      name: 'as built (bin/vanban.js)',
      command: node,
      args: [join(REPO, 'bin', 'vanban.js'), ...render],
      options: quiet,
    },
    { name: 'the bundle without its cache', command: node, args: [noCache, ...render], options: quiet },
    { name: 'ESM bundle, split', command: node, args: [esm, ...render], options: quiet },
    { name: 'unbundled (dist/src)', command: node, args: [unbundled, ...render], options: quiet },
  ];
  if (flags.compare) {
    const other = {
      command: node,
      args: [join(flags.compare, 'bin', 'vanban.js'), ...render],
      options: quiet,
    };
    commands.splice(2, 0, { name: 'compared (--compare)', ...other });
  }
  const reference = spawnSync(node, [join(REPO, 'bin', 'vanban.js'), ...render], quiet);
  if (reference.status !== 0) throw new Error('bench: render failed');
  const expected = readFileSync(out);
  for (const c of commands.slice(2)) {
    rmSync(out, { force: true });
    spawnSync(c.command, c.args, c.options);
    if (!readFileSync(out).equals(expected)) throw new Error(`bench: ${c.name} wrote different bytes`);
  }
  const times = alternate(commands, RUNS);
  const base = times.get('node -e 0').median;
  for (const [name, s] of times)
    log(`   ${name.padEnd(30)} ${describe(s)}  ${(s.median / base).toFixed(2)}×`);
}

try {
  phases();
  await candidates();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
