/**
 * A document given as a folder of YAML files (meeting in one, general tasks in another, one file per
 * unit) is merged into one map. Maps merge key by key at any depth; a key that two files both give a
 * value for is an error naming both places, so nothing is silently overwritten.
 */
import { Pair, YAMLMap, isMap, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import type { SourceSet } from './sourceSet.js';

function keyOf(pair: Pair): string {
  const key = pair.key as { value?: unknown } | null;
  return String(key && typeof key === 'object' && 'value' in key ? key.value : key);
}

export function mergeMaps(
  maps: YAMLMap[],
  sources: SourceSet,
  diagnostics: Diagnostic[],
  path = '',
): YAMLMap {
  const merged = new YAMLMap();
  const byKey = new Map<string, Pair>();
  for (const map of maps) {
    for (const pair of map.items as Pair[]) {
      const key = keyOf(pair);
      const earlier = byKey.get(key);
      if (!earlier) {
        byKey.set(key, pair);
        merged.items.push(pair);
        continue;
      }
      const fullKey = path ? `${path}.${key}` : key;
      if (isMap(earlier.value) && isMap(pair.value)) {
        const inner = mergeMaps([earlier.value, pair.value], sources, diagnostics, fullKey);
        sources.adopt(inner, earlier.value);
        // The earlier key node stays, so locations still point into a real file.
        const replacement = new Pair(earlier.key, inner);
        merged.items[merged.items.indexOf(earlier)] = replacement;
        byKey.set(key, replacement);
        continue;
      }
      const first = sources.locate(earlier.key as YamlNode);
      diagnostics.push(
        diagnostic(
          'MERGE_CONFLICT',
          { key: fullKey, other: `${first.file}:${first.line}:${first.column}` },
          sources.locate(pair.key as YamlNode),
          [first],
        ),
      );
    }
  }
  return merged;
}
