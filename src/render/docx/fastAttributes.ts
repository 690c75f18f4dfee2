/**
 * docx writes the attributes of most elements (every `BuilderElement`, the namespaces on each part's root)
 * through `NextAttributeComponent.prepForXml`, which copies the growing object once per attribute with a
 * down-levelled object-spread helper: ~10% of a warm render in CPU profiles. This installs a single-pass
 * version that gives the same object (same keys, same order, the last value of a repeated key, undefined
 * values left out), so the same XML. It is installed only if it agrees with docx's own version on a
 * sample with those cases, so a docx release that changes the method keeps its own.
 */
import { NextAttributeComponent } from 'docx';

type Payload = Record<string, { key: string; value: unknown }>;
interface Prepared {
  _attr: Record<string, unknown>;
}

function prepForXml(this: { root: Payload }): Prepared {
  const attributes: Record<string, unknown> = {};
  for (const { key, value } of Object.values(this.root)) {
    if (value === undefined) continue;
    if (key === '__proto__')
      Object.defineProperty(attributes, key, { value, enumerable: true, writable: true, configurable: true });
    else attributes[key] = value;
  }
  return { _attr: attributes };
}

const SAMPLE: Payload = {
  first: { key: 'w:val', value: 'a' },
  skipped: { key: 'w:type', value: undefined },
  number: { key: 'w:w', value: 120 },
  again: { key: 'w:val', value: 'b' },
  flag: { key: 'w:on', value: false },
};

let installed: boolean | undefined;

/** Installs the single-pass method once; true if it is in use. */
export function installFastAttributes(): boolean {
  if (installed !== undefined) return installed;
  const prototype = NextAttributeComponent.prototype as unknown as {
    prepForXml: (this: unknown, context: unknown) => Prepared;
  };
  const original = prototype.prepForXml;
  const sample = new NextAttributeComponent(SAMPLE as never);
  const theirs = JSON.stringify(Object.entries(original.call(sample, {})._attr));
  const ours = JSON.stringify(Object.entries(prepForXml.call(sample as unknown as { root: Payload })._attr));
  installed = theirs === ours;
  if (installed) prototype.prepForXml = prepForXml as (this: unknown, context: unknown) => Prepared;
  return installed;
}
