/**
 * vanban's benchmark: `npm run bench` (builds first), or `node bench/run.mjs [--quick] [--json file]`.
 *
 * Everything is measured side by side in one run, so ratios hold even on a busy machine:
 *   1. whole process: `node bin/vanban.js render <example>` against `node -e 0`, alternating;
 *   2. one document in a warm process (DocumentLoader reused), against docxtemplater, interleaved;
 *   3. batches of 1,000 and 10,000 notices, each in a child process on every core (and 1,000 on one
 *      thread, and 1,000 with V8's heap capped), docs/second, CPU time and peak memory, alternating with
 *      docxtemplater's batch of 1,000;
 *   4. the notice with 10× and 100× the tasks.
 * Medians with quartiles (IQR) and min/max; never means. About 4 minutes on 2 cores; --quick about 2
 * (fewer samples, 3,000 instead of 10,000). Results and the reasoning are in docs/performance.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildTemplate, fillTemplate } from './docxtemplater.mjs';
import { EXAMPLE, prepareFolder, REPO, scaledNotice, writeBatch } from './notices.mjs';
import { alternate, describe, ms, summary } from './stats.mjs';

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'string' } },
});
const QUICK = flags.quick;
const PLAN = {
  processRuns: 15,
  warmDocs: QUICK ? 20 : 40,
  timedDocs: QUICK ? 60 : 200,
  batches: QUICK ? [1000, 3000] : [1000, 10000],
  docxtemplaterBatch: 1000,
  batchRounds: QUICK ? 1 : 2,
  sizeRuns: { 1: QUICK ? 15 : 40, 10: QUICK ? 8 : 20, 100: QUICK ? 3 : 6 },
};
const THREADS = availableParallelism();
const results = { date: new Date().toISOString(), quick: QUICK };
const work = mkdtempSync(join(tmpdir(), 'vanban-bench-'));
const log = (text = '') => process.stdout.write(text + '\n');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

async function machine() {
  const cpu = cpus()[0]?.model ?? 'unknown';
  const info = {
    cpu,
    nproc: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()),
    node: process.version,
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  };
  const render = await import('../dist/src/render/docx/renderDocx.js');
  info.zipWriter = render.DOCX_ZIP_WRITER;
  info.fastAttributes = render.FAST_ATTRIBUTES;
  log(`vanban benchmark, ${results.date}${QUICK ? ' (--quick)' : ''}`);
  log(
    `machine: ${info.cpu}, nproc ${info.nproc}, Node ${info.node}, load average ${info.loadAverage.join(' ')}`,
  );
  log(
    `renderDocx: zip writer ${info.zipWriter}, single-pass attributes ${info.fastAttributes ? 'on' : 'off'}`,
  );
  return info;
}

// ------------------------------------------------------------------------------ 1. whole process

function wholeProcess() {
  log(`\n1. Whole process (${PLAN.processRuns} alternating runs each, after 2 warm-up rounds)`);
  const node = process.execPath;
  const bin = join(REPO, 'bin', 'vanban.js');
  const out = join(work, 'one.docx');
  const quiet = { cwd: REPO, stdio: 'ignore' };
  const commands = [
    { name: 'node -e 0', command: node, args: ['-e', '0'], options: quiet },
    { name: 'vanban --version', command: node, args: [bin, '--version'], options: quiet },
    { name: 'vanban check', command: node, args: [bin, 'check', EXAMPLE], options: quiet },
    {
      name: 'vanban render',
      command: node,
      args: [bin, 'render', EXAMPLE, '-o', out, '--force'],
      options: quiet,
    },
  ];
  const times = alternate(commands, PLAN.processRuns);
  const base = times.get('node -e 0').median;
  for (const [name, s] of times) log(`   ${name.padEnd(18)} ${describe(s)}  ${ratio(s.median, base)}`);
  const render = times.get('vanban render');
  return { times: Object.fromEntries(times), renderRatio: render.median / base };
}

// ------------------------------------------------------------------------- 2. one warm document

async function perDocument() {
  log(`\n2. One document in a warm process (${PLAN.warmDocs} warm-up, ${PLAN.timedDocs} timed, interleaved)`);
  const { DocumentLoader } = await import('../dist/src/load/loadDocument.js');
  const { renderDocx } = await import('../dist/src/render/docx/renderDocx.js');
  const folder = prepareFolder(join(work, 'one'));
  const input = join(folder, 'thong-bao.yaml');
  writeFileSync(input, readFileSync(EXAMPLE));
  const template = await buildTemplate();
  const loader = new DocumentLoader();
  const vanban = async () => {
    const started = performance.now();
    const loaded = loader.load(input);
    const loadedAt = performance.now();
    await renderDocx(loaded.model);
    return [performance.now() - started, loadedAt - started, performance.now() - loadedAt];
  };
  const docxtemplater = () => {
    const started = performance.now();
    fillTemplate(template, input, readFileSync(input, 'utf8'));
    return performance.now() - started;
  };
  for (let i = 0; i < PLAN.warmDocs; i++) {
    await vanban();
    docxtemplater();
  }
  const total = [];
  const load = [];
  const render = [];
  const other = [];
  for (let i = 0; i < PLAN.timedDocs; i++) {
    const [t, l, r] = await vanban();
    total.push(t);
    load.push(l);
    render.push(r);
    other.push(docxtemplater());
  }
  const s = {
    vanban: summary(total),
    load: summary(load),
    renderDocx: summary(render),
    docxtemplater: summary(other),
  };
  log(`   vanban load+render ${describe(s.vanban)}`);
  log(`     of which load    ${describe(s.load)}`);
  log(`     of which render  ${describe(s.renderDocx)}`);
  log(`   docxtemplater fill ${describe(s.docxtemplater)}`);
  log(`   vanban / docxtemplater time: ${ratio(s.vanban.median, s.docxtemplater.median)}`);
  return s;
}

// ------------------------------------------------------------------------------------ 3. batches

/**
 * V8 heap caps that bring a 2-thread batch of 1,000 notices under 150 MB, for every thread of the batch.
 * Not a product setting: the old-space cap is a hard limit, and the notice with 100× the tasks runs out of
 * memory under it.
 */
const CAPPED = ['--max-semi-space-size=4', '--max-old-space-size=40'];

function batch(engine, count, folder, template, threads = THREADS, nodeFlags = []) {
  const child = spawnSync(
    process.execPath,
    [
      ...nodeFlags,
      join(REPO, 'bench', 'batch.mjs'),
      engine,
      String(count),
      String(threads),
      folder,
      template ?? '',
    ],
    { encoding: 'utf8', cwd: REPO },
  );
  if (child.status !== 0) throw new Error(`bench: batch ${engine} ${count} failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout.trim().split('\n').pop());
  const label =
    `${engine} ×${count.toLocaleString('en')}, ${threads} thread${threads > 1 ? 's' : ''}` +
    (nodeFlags.length ? ', heap capped' : '');
  log(
    `   ${label.padEnd(40)} ${r.docsPerSecond.toFixed(1).padStart(6)} docs/s ` +
      `(${r.seconds.toFixed(1)} s, CPU ${r.cpuMsPerDocument.toFixed(1)} ms/doc), peak memory ${r.maxRssMB.toFixed(0)} MB`,
  );
  return r;
}

const medianOf = (runs, key) => summary(runs.map((r) => r[key])).median;

async function batches() {
  log(
    `\n3. Batches: each in its own process, ${THREADS} threads unless said otherwise; YAML files in, DOCX bytes ` +
      'counted and dropped',
  );
  const folder = join(work, 'batch');
  writeBatch(folder, 1000);
  const template = join(work, 'template.docx');
  writeFileSync(template, await buildTemplate());
  const [small, large] = PLAN.batches;
  // vanban and docxtemplater alternate, so a busy neighbour slows both alike.
  const pairs = { vanban: [], docxtemplater: [], capped: [] };
  for (let round = 0; round < PLAN.batchRounds; round++) {
    pairs.vanban.push(batch('vanban', small, folder));
    pairs.docxtemplater.push(batch('docxtemplater', PLAN.docxtemplaterBatch, folder, template));
    pairs.capped.push(batch('vanban', small, folder, undefined, THREADS, CAPPED));
  }
  const oneThread = batch('vanban', small, folder, undefined, 1);
  const largeRun = batch('vanban', large, folder);
  const out = {
    vanban: { [small]: pairs.vanban, oneThread, capped: pairs.capped, [large]: largeRun },
    docxtemplater: { [PLAN.docxtemplaterBatch]: pairs.docxtemplater },
    cappedFlags: CAPPED,
    vanbanDocsPerSecond: medianOf(pairs.vanban, 'docsPerSecond'),
    docxtemplaterDocsPerSecond: medianOf(pairs.docxtemplater, 'docsPerSecond'),
    cappedDocsPerSecond: medianOf(pairs.capped, 'docsPerSecond'),
    vanbanCpuMs: medianOf(pairs.vanban, 'cpuMsPerDocument'),
    docxtemplaterCpuMs: medianOf(pairs.docxtemplater, 'cpuMsPerDocument'),
    peakSmallMB: medianOf(pairs.vanban, 'maxRssMB'),
    peakCappedMB: medianOf(pairs.capped, 'maxRssMB'),
  };
  out.speedRatio = out.vanbanDocsPerSecond / out.docxtemplaterDocsPerSecond;
  out.memoryRatio = largeRun.maxRssMB / out.peakSmallMB;
  log(
    `   vanban / docxtemplater docs/s (1,000, median of ${PLAN.batchRounds}): ${out.speedRatio.toFixed(2)}×; ` +
      `CPU time per document ${ratio(out.vanbanCpuMs, out.docxtemplaterCpuMs)} docxtemplater's`,
  );
  log(
    `   heap capped (${CAPPED.join(' ')}): ${ratio(out.cappedDocsPerSecond, out.vanbanDocsPerSecond)} the ` +
      `docs/s, peak ${ms(out.peakCappedMB)} MB`,
  );
  log(
    `   peak memory ${large.toLocaleString('en')} / ${small.toLocaleString('en')}: ${out.memoryRatio.toFixed(2)}×`,
  );
  return out;
}

// ------------------------------------------------------------------------------------- 4. size

async function size() {
  log('\n4. Size: the notice with 1×, 10× and 100× the tasks (warm process, load+render)');
  const { DocumentLoader } = await import('../dist/src/load/loadDocument.js');
  const { renderDocx } = await import('../dist/src/render/docx/renderDocx.js');
  const folder = prepareFolder(join(work, 'size'));
  const loader = new DocumentLoader();
  const out = {};
  for (const factor of [1, 10, 100]) {
    const input = join(folder, `x${factor}.yaml`);
    writeFileSync(input, scaledNotice(factor));
    const once = async () => {
      const started = performance.now();
      const loaded = loader.load(input);
      if (!loaded.model) throw new Error(`bench: ${factor}× notice did not load`);
      const bytes = await renderDocx(loaded.model);
      return { time: performance.now() - started, paragraphs: loaded.model.body.length, bytes: bytes.length };
    };
    const runs = PLAN.sizeRuns[factor];
    for (let i = 0; i < Math.max(2, Math.ceil(runs / 3)); i++) await once();
    const samples = [];
    let shape;
    for (let i = 0; i < runs; i++) {
      shape = await once();
      samples.push(shape.time);
    }
    out[factor] = { ...summary(samples), paragraphs: shape.paragraphs, bytes: shape.bytes };
    const growth = factor === 1 ? '' : `  ${ratio(out[factor].median, out[1].median)} the 1× time`;
    log(
      `   ${`${factor}×`.padEnd(5)} ${String(shape.paragraphs).padStart(5)} paragraphs  ${describe(out[factor])}${growth}`,
    );
  }
  out.ratio100 = out[100].median / out[1].median;
  return out;
}

// ----------------------------------------------------------------------------------------- main

try {
  results.machine = await machine();
  results.wholeProcess = wholeProcess();
  results.perDocument = await perDocument();
  results.batches = await batches();
  results.size = await size();

  const large = PLAN.batches[1];
  const targets = [
    [
      'one notice, whole process ≤ 2.0× node -e 0',
      results.wholeProcess.renderRatio <= 2,
      ratio(results.wholeProcess.renderRatio, 1),
    ],
    [
      'batch of 1,000 ≥ 2× docxtemplater docs/s',
      results.batches.speedRatio >= 2,
      ratio(results.batches.speedRatio, 1),
    ],
    [
      `peak memory for 1,000 < 150 MB (${THREADS} threads; 1 thread: ${ms(results.batches.vanban.oneThread.maxRssMB)} MB; ` +
        `heap capped: ${ms(results.batches.peakCappedMB)} MB)`,
      results.batches.peakSmallMB < 150,
      `${ms(results.batches.peakSmallMB)} MB`,
    ],
    [
      `peak memory for ${large.toLocaleString('en')} ≤ 1.2× that for 1,000`,
      results.batches.memoryRatio <= 1.2,
      ratio(results.batches.memoryRatio, 1),
    ],
    ['100× tasks ≤ 1.2 × 100 × the 1× time', results.size.ratio100 <= 120, ratio(results.size.ratio100, 1)],
  ];
  results.targets = targets.map(([name, met, value]) => ({ name, met, value }));
  log('\nTargets');
  for (const [name, met, value] of targets) log(`   ${met ? 'met    ' : 'NOT met'}  ${name}: ${value}`);
  log(
    `\nload average at the end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  if (flags.json) writeFileSync(flags.json, JSON.stringify(results, null, 2) + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
