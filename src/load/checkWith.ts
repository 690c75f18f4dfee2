import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Schema } from '../schema/index.js';
import { INVALID } from '../schema/index.js';
import type { LoadedInput } from './loadInput.js';
import { ALIAS_BUDGET } from './limits.js';

export { ALIAS_BUDGET } from './limits.js';

/** Validates loaded YAML against a schema, collecting located diagnostics. */
export function checkWith<T>(
  schema: Schema<T>,
  input: LoadedInput,
  diagnostics: Diagnostic[],
): T | typeof INVALID {
  return schema.check(input.root, '', {
    locate: (node) => input.sources.locate(node),
    resolveAlias: (alias) => input.sources.resolveAlias(alias),
    locateText: (node, char) => input.sources.locateText(node, char),
    diagnostics,
    aliasBudget: { left: ALIAS_BUDGET, limit: ALIAS_BUDGET },
  });
}
