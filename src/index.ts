/**
 * vanban as a library: `import { render, check, lint } from 'vanban'`. See README.md, "Library".
 * Everything here is the public API; the rest of dist/ may change between versions.
 */
export { check, lint, render } from './api/library.js';
export type { CheckOptions, CheckResult, LintResult, RenderOptions, RenderResult } from './api/library.js';
export { renderFile } from './api/renderFile.js';
export { DocumentLoader, type LoadOptions } from './load/loadDocument.js';
export { initWorkspace, type InitOptions, type InitResult } from './workspace/init.js';
export { findWorkspace, type Workspace } from './workspace/workspace.js';
export { formatDiagnostic, formatDiagnostics, type Language } from './diagnostics/format.js';
export { formatReport as formatLintReport } from './lint/report.js';
export type { Diagnostic, Severity, SourceLocation } from './diagnostics/diagnostic.js';
export type { Finding } from './lint/finding.js';
export type { OfficialDocument } from './model/document.js';
