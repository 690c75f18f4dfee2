/**
 * Loads the CLI bundle that `npm run build` writes (dist/bundle/vanban.cjs, one CommonJS file) through the
 * V8 code cache saved beside it (vanban.cjs.cache): with the cache, V8 does not compile again the functions
 * a render runs, which is much of a one-notice run's time on Node 20 (module.enableCompileCache is Node 22).
 *
 * V8 only checks that a cache belongs to a source of the same length, so the cache file starts with the
 * SHA-256 of the bundle file it was made from (its bytes), and is used only if that matches. V8 itself refuses a cache
 * from another Node version or other V8 flags; without a usable cache the bundle compiles as usual.
 * The cache is only read here; scripts/bundle.mjs writes it at build time.
 *
 * The build writes the bundle in ASCII (non-ASCII characters escaped), so it is read as Latin-1: V8 gets
 * a one-byte string, which is cheaper to make and to compile than the two-byte string UTF-8 decoding
 * gives for text with Vietnamese letters. A bundle that is not ASCII (edited by hand) is read as UTF-8.
 */
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('../dist/bundle/vanban.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;
const HASH_BYTES = 32;

/** SHA-256 of the bundle file's bytes (hashing the bytes, not the decoded string, saves encoding it again). */
export const sourceHash = (bytes) => createHash('sha256').update(bytes).digest();

function cacheFor(bytes) {
  let file;
  try {
    file = readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
  return file.subarray(0, HASH_BYTES).equals(sourceHash(bytes)) ? file.subarray(HASH_BYTES) : undefined;
}

/** The bundle's exports, and the vm.Script it ran from (the build makes the cache from it). */
export function loadBundle({ useCache = true } = {}) {
  const bytes = readFileSync(BUNDLE);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const cachedData = useCache ? cacheFor(bytes) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return {
    exports: module.exports,
    script,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
  };
}
