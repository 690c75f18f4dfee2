#!/usr/bin/env node
// Entry point: the CLI as `npm run build` bundles it (tsc into dist/src, then esbuild into dist/bundle),
// loaded through its V8 code cache (loadBundle.js).
import { loadBundle } from './loadBundle.js';

const { exports: cli } = loadBundle();
process.exitCode = await cli.main(process.argv.slice(2));
