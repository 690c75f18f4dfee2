/**
 * The YAML files one document came from (one file, or every file of a folder), able to say for any
 * node which file and line it came from, so merged data still points at file:line:column.
 */
import { isAlias, isMap, isSeq, type Alias, type Node as YamlNode } from 'yaml';
import type { SourceLocation } from '../diagnostics/diagnostic.js';
import { locateNode, locateOffset, type YamlSource } from './yamlSource.js';

export class SourceSet {
  private readonly owner = new WeakMap<object, YamlSource>();
  readonly sources: YamlSource[] = [];

  add(source: YamlSource): void {
    this.sources.push(source);
    const stack: unknown[] = [source.document.contents];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node || typeof node !== 'object' || this.owner.has(node)) continue;
      this.owner.set(node, source);
      // One push per item: spreading a 100 000-item list into push() overflows the call stack.
      if (isMap(node)) for (const pair of node.items) stack.push(pair.key, pair.value);
      else if (isSeq(node)) for (const item of node.items) stack.push(item);
    }
  }

  /** A node built by merging belongs to the file of the node it grew from. */
  adopt(node: object, like: unknown): void {
    const source = like && typeof like === 'object' ? this.owner.get(like) : undefined;
    if (source) this.owner.set(node, source);
  }

  sourceOf(node: YamlNode | null | undefined): YamlSource | undefined {
    return node ? this.owner.get(node) : undefined;
  }

  locate(node: YamlNode | null | undefined, fallback?: YamlSource): SourceLocation {
    const source = this.sourceOf(node) ?? fallback ?? this.sources[0];
    if (!source) return { file: '<input>', line: 1, column: 1 };
    return node ? locateNode(source, node) : locateOffset(source, 0);
  }

  /** The place of `char` inside the source text of `node`, when it is written there literally. */
  locateText(node: YamlNode | null | undefined, char: string): SourceLocation | undefined {
    const source = this.sourceOf(node);
    const range = node?.range;
    if (!source || !range) return undefined;
    const at = source.text.indexOf(char, range[0]);
    return at >= 0 && at < range[1] ? locateOffset(source, at, char.length) : undefined;
  }

  resolveAlias(alias: Alias): YamlNode | undefined {
    const source = this.sourceOf(alias);
    const target = source ? alias.resolve(source.document) : undefined;
    return (target ?? undefined) as YamlNode | undefined;
  }
}

export function isAliasNode(node: unknown): node is Alias {
  return isAlias(node);
}
