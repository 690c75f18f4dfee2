// Regenerates docs/diagnostics.md from the catalogue (run after `npm run build`); a test keeps it in step.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnosticsMarkdown } from '../dist/src/diagnostics/catalogDoc.js';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'diagnostics.md'), diagnosticsMarkdown());
console.log('docs/diagnostics.md');
