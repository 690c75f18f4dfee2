/**
 * Where a one-document `vanban render` spends its time, and what would shorten it:
 *
 *   node bench/startup.mjs [--runs 15]        (after npm run build)
 *
 * Part 1 times the phases inside fresh processes: Node's own start, importing the modules, loading the
 * YAML (parse, schema, template), rendering the DOCX, writing it.
 * Part 2 measures candidate builds of the same CLI against `node -e 0`, alternating, all producing the
 * same DOCX bytes (checked): as built today; with date-fns imported per function instead of its index;
 * bundled into one file; bundled as CommonJS and run through a V8 code cache (vm.Script cachedData, which
 * Node 20 has; module.enableCompileCache is Node 22). Bundling uses rolldown when it is installed (vitest
 * brings it); the project itself does not depend on it. These builds live in a temporary folder under
 * dist/ and are removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXAMPLE, REPO } from './notices.mjs';
import { alternate, describe, summary } from './stats.mjs';

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
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
console.log(JSON.stringify({ 'Node start (to first line of user code)': t0, 'import loader, yaml, handlebars, date-fns': t1 - t0,
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

/** A copy of dist/ with src/text/dates.js importing date-fns per function, as a source change would. */
function distWithDateFnsPerFunction() {
  const dist = join(scratch, 'dist');
  cpSync(join(REPO, 'dist', 'src'), join(dist, 'src'), { recursive: true });
  const dates = join(dist, 'src', 'text', 'dates.js');
  const text = readFileSync(dates, 'utf8');
  const changed = text.replace(
    /import \{ addMonths, isValid \} from 'date-fns';/,
    "import { addMonths } from 'date-fns/addMonths';\nimport { isValid } from 'date-fns/isValid';",
  );
  if (changed === text) return undefined;
  writeFileSync(dates, changed);
  return dist;
}

const CACHED_LOADER = `
// Loads a CommonJS bundle through vm.Script with a V8 code cache beside it (made on the first run).
const fs = require('node:fs');
const vm = require('node:vm');
const path = require('node:path');
const Module = require('node:module');
const file = path.join(__dirname, 'vanban.cjs');
const cacheFile = file + '.v8cache';
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
const mod = { exports: {} };
script.runInThisContext().call(mod.exports, mod.exports, require, mod, file, __dirname);
mod.exports.main(process.argv.slice(2)).then((code) => {
  if (!cachedData || script.cachedDataRejected) fs.writeFileSync(cacheFile, script.createCachedData());
  process.exitCode = code;
  if (process.env.VANBAN_BENCH_CACHE) console.error(cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'none');
});
`;

async function candidates() {
  log(`\n2. Candidate builds, whole process (${RUNS} alternating runs each; ratio to node -e 0)`);
  const node = process.execPath;
  const render = ['render', EXAMPLE, '-o', out, '--force'];
  const quiet = { cwd: REPO, stdio: 'ignore' };
  const commands = [
    { name: 'node -e 0', command: node, args: ['-e', '0'], options: quiet },
    {
      name: 'as built (bin/vanban.js)',
      command: node,
      args: [join(REPO, 'bin', 'vanban.js'), ...render],
      options: quiet,
    },
  ];
  const dist = distWithDateFnsPerFunction();
  if (dist) {
    const entry = join(scratch, 'datefns.mjs');
    writeFileSync(
      entry,
      `import { main } from './dist/src/cli/program.js';\nprocess.exitCode = await main(process.argv.slice(2));\n`,
    );
    commands.push({ name: 'date-fns per function', command: node, args: [entry, ...render], options: quiet });
  } else log('   (date-fns variant skipped: src/text/dates.js no longer imports the date-fns index)');
  let rolldown;
  try {
    ({ rolldown } = await import('rolldown'));
  } catch {
    log('   (bundle variants skipped: rolldown is not installed)');
  }
  if (rolldown && dist) {
    const bundle = await rolldown({
      input: join(dist, 'src', 'cli', 'program.js'),
      platform: 'node',
      logLevel: 'silent',
    });
    mkdirSync(join(scratch, 'esm'));
    mkdirSync(join(scratch, 'cjs'));
    await bundle.write({ file: join(scratch, 'esm', 'vanban.mjs'), format: 'esm', codeSplitting: false });
    await bundle.write({ file: join(scratch, 'cjs', 'vanban.cjs'), format: 'cjs', codeSplitting: false });
    const esm = join(scratch, 'esm', 'run.mjs');
    writeFileSync(
      esm,
      `import { main } from './vanban.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n`,
    );
    const cjs = join(scratch, 'cjs', 'run.cjs');
    writeFileSync(cjs, CACHED_LOADER);
    spawnSync(node, [cjs, ...render], quiet); // makes the code cache
    const cache = spawnSync(node, [cjs, ...render], {
      ...quiet,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, VANBAN_BENCH_CACHE: '1' },
    });
    if (cache.stderr.trim() !== 'used') log(`   (the code cache was not used: ${cache.stderr.trim()})`);
    commands.push(
      { name: 'bundled (ESM)', command: node, args: [esm, ...render], options: quiet },
      { name: 'bundled (CJS) + code cache', command: node, args: [cjs, ...render], options: quiet },
      { name: '  … and --no-opt', command: node, args: ['--no-opt', cjs, ...render], options: quiet },
    );
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
    log(`   ${name.padEnd(28)} ${describe(s)}  ${(s.median / base).toFixed(2)}×`);
}

try {
  phases();
  await candidates();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
