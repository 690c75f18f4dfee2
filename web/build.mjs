/* global process */
/**
 * Builds the `vanban serve` front end into dist/web: web/app.ts bundled by esbuild (no CDN, nothing fetched
 * at run time), with index.html and app.css beside it. Run by `npm run build` and by `npm ci` (prepare).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const WEB = import.meta.dirname;

export async function buildWeb(outDir = join(WEB, '..', 'dist', 'web')) {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(WEB, 'app.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    outfile: join(outDir, 'app.js'),
    logLevel: 'warning',
  });
  copyFileSync(join(WEB, 'index.html'), join(outDir, 'index.html'));
  copyFileSync(join(WEB, 'app.css'), join(outDir, 'app.css'));
  return outDir;
}

if (process.argv[1] === import.meta.filename) await buildWeb(process.argv[2]);
