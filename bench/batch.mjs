/**
 * One batch, run as its own process so its peak memory (maxRSS) is the batch's alone:
 *
 *   node bench/batch.mjs <vanban|docxtemplater> <count> <threads> <folder> [template.docx]
 *
 * Renders `count` notices from the YAML files in <folder> (cycling through them when count is larger),
 * spread over `threads` threads (the main thread and threads - 1 workers), keeping no output (only its size), and prints one JSON line.
 * The time runs from before the workers start to the last document: module loading and warm-up are
 * part of a batch's cost. CPU time is the whole process's (every thread, garbage collection included):
 * on a shared machine it moves less than the wall-clock time. V8 heap flags given to this process
 * (`node --max-semi-space-size=4 bench/batch.mjs …`) hold for the workers too; each thread reports its
 * heap limit so the output shows it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

async function vanbanRenderer() {
  const { DocumentLoader } = await import('../dist/src/load/loadDocument.js');
  const { renderDocx } = await import('../dist/src/render/docx/renderDocx.js');
  const loader = new DocumentLoader();
  return async (path) => {
    const loaded = loader.load(path);
    if (!loaded.model)
      throw new Error(`bench: ${path} did not load: ${loaded.diagnostics.map((d) => d.code)}`);
    return renderDocx(loaded.model);
  };
}

async function docxtemplaterRenderer(templatePath) {
  const { fillTemplate } = await import('./docxtemplater.mjs');
  const template = readFileSync(templatePath);
  return async (path) => fillTemplate(template, path, readFileSync(path, 'utf8'));
}

async function work({ engine, paths, template }) {
  const render = engine === 'vanban' ? await vanbanRenderer() : await docxtemplaterRenderer(template);
  let bytes = 0;
  for (const path of paths) bytes += (await render(path)).length;
  return { documents: paths.length, bytes, heapLimitMB: getHeapStatistics().heap_size_limit / 2 ** 20 };
}

if (isMainThread) {
  const [engine, countText, threadsText, folder, template] = process.argv.slice(2);
  if (engine !== 'vanban' && engine !== 'docxtemplater')
    throw new Error('bench: engine is vanban or docxtemplater');
  const count = Number(countText);
  const threads = Math.max(1, Number(threadsText));
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(folder, name));
  const started = performance.now();
  const shares = Array.from({ length: threads }, () => []);
  for (let i = 0; i < count; i++) shares[i % threads].push(files[i % files.length]);
  // The main thread takes the first share itself: an idle main isolate would only add to peak memory.
  const [own, ...others] = shares;
  const workers = others.map(
    (paths) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { engine, paths, template } });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  const results = await Promise.all([work({ engine, paths: own, template }), ...workers]);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const documents = results.reduce((sum, r) => sum + r.documents, 0);
  const bytes = results.reduce((sum, r) => sum + r.bytes, 0);
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({
      engine,
      count: documents,
      threads,
      seconds,
      docsPerSecond: documents / seconds,
      maxRssMB,
      cpuSeconds,
      cpuMsPerDocument: (cpuSeconds * 1000) / documents,
      heapLimitMB: results.map((r) => Math.round(r.heapLimitMB)),
      bytes,
    }) + '\n',
  );
} else {
  parentPort.postMessage(await work(workerData));
}
