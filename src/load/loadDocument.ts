/**
 * From a YAML path to the Decree-30 model: read, validate, merge with the agency profile, check
 * references, run the template. Every problem on the way is a diagnostic; nothing here throws for a
 * user mistake.
 */
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { Diagnostic, SourceLocation } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { diagnostic } from '../diagnostics/make.js';
import { findKind, KINDS } from '../kinds/registry.js';
import type { CommonDocumentData } from '../kinds/commonView.js';
import type { AgencyProfile } from '../profile/agencySchema.js';
import { INVALID } from '../schema/index.js';
import { buildDocument } from '../model/buildDocument.js';
import type { OfficialDocument } from '../model/document.js';
import { TemplateStore } from '../template/templateStore.js';
import { TemplateRenderer } from '../template/renderTemplate.js';
import { loadYamlInput, type LoadedInput } from './loadInput.js';
import { reviewMarkers } from './reviewMarkers.js';
import { checkWith } from './checkWith.js';
import { agencyPlaces, loadAgency } from './loadAgency.js';
import { nodeAtPath } from './nodeAtPath.js';
import { templateDirs } from './templateDirs.js';

export interface LoadOptions {
  /** Folder of agency profiles searched first. */
  agenciesDir?: string;
  /** Folder of templates that override or add to the built-in ones. */
  templatesDir?: string;
}

export interface LoadResult {
  model?: OfficialDocument;
  data?: CommonDocumentData;
  profile?: AgencyProfile;
  diagnostics: Diagnostic[];
  /** Where a path of the data was written, once the data is valid (for checks made after loading). */
  locate?: (path: ReadonlyArray<string | number>) => SourceLocation | undefined;
}

function kindOf(root: YamlNode | null): { id?: string; node?: YamlNode } {
  if (!isMap(root)) return {};
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'kind');
  if (!pair || !isScalar(pair.value)) return { node: pair?.key as YamlNode | undefined };
  return { id: String(pair.value.value), node: pair.value };
}

/** Reuses compiled templates across documents of one run (a batch compiles each template once). */
export class DocumentLoader {
  /** One store and renderer per chain of template folders: documents of one agency share them. */
  private readonly renderers = new Map<string, { store: TemplateStore; renderer: TemplateRenderer }>();

  constructor(private readonly options: LoadOptions = {}) {}

  private templatesFor(dirs: string[]): { store: TemplateStore; renderer: TemplateRenderer } {
    const key = dirs.join('\0');
    let entry = this.renderers.get(key);
    if (!entry) {
      const store = new TemplateStore(dirs);
      entry = { store, renderer: new TemplateRenderer(store) };
      this.renderers.set(key, entry);
    }
    return entry;
  }

  /** `text`: the file's content as an editor holds it, unsaved; checked as if it were at `path`. */
  load(path: string, options: { text?: string } = {}): LoadResult {
    const input = loadYamlInput(path, options.text === undefined ? {} : { text: options.text });
    const result = this.loadInput(path, input);
    // Only once the file reads as YAML: a broken file's "marks" may not be comments at all.
    if (!input.diagnostics.some((d) => d.severity === 'error'))
      for (const source of input.sources.sources) result.diagnostics.push(...reviewMarkers(source));
    return result;
  }

  private loadInput(path: string, input: LoadedInput): LoadResult {
    const diagnostics = [...input.diagnostics];
    if (hasErrors(diagnostics)) return { diagnostics };

    const { id: kindId, node: kindNode } = kindOf(input.root);
    const kind = kindId ? findKind(kindId) : undefined;
    if (!kind) {
      if (kindId === undefined && isMap(input.root)) {
        diagnostics.push(
          diagnostic(
            'FIELD_MISSING',
            { field: 'kind', description: `loại văn bản: ${KINDS.map((k) => k.id).join(', ')}` },
            input.sources.locate(input.root),
          ),
        );
      } else {
        diagnostics.push(
          diagnostic(
            'KIND_UNKNOWN',
            { kind: kindId ?? '', known: KINDS.map((k) => k.id).join(', ') },
            input.sources.locate(kindNode ?? input.root),
          ),
        );
      }
      return { diagnostics };
    }

    const checked = checkWith(kind.schema, input, diagnostics);
    if (checked === INVALID) return { diagnostics };
    const data = checked as unknown as CommonDocumentData;

    const locate = (p: ReadonlyArray<string | number>, preferKey = false) =>
      input.sources.locate(nodeAtPath(input.root, p, preferKey));
    const agency = loadAgency(data.agency, agencyPlaces(path, this.options.agenciesDir), locate(['agency']));
    diagnostics.push(...agency.diagnostics);
    if (!agency.profile) return { data, diagnostics };
    const profile = agency.profile;

    kind.crossCheck(data as never, profile, { locate, diagnostics });
    if (hasErrors(diagnostics)) return { data, profile, diagnostics };

    const dirs = templateDirs(
      {
        cli: this.options.templatesDir,
        documentPath: path,
        document: data.templates,
        agencyPath: agency.path,
        agency: profile.templates,
      },
      locate(['templates']),
      diagnostics,
    );
    if (hasErrors(diagnostics)) return { data, profile, diagnostics };
    const { store, renderer } = this.templatesFor(dirs);
    const templateName = data.template ?? kind.template;
    const file = store.find(templateName);
    if (!file) {
      diagnostics.push(
        diagnostic(
          'TEMPLATE_NOT_FOUND',
          { template: templateName, known: store.names().join(', ') },
          locate([data.template ? 'template' : 'kind']),
        ),
      );
      return { data, profile, diagnostics };
    }
    const wording = renderer.render(file, kind.view(data as never, profile), diagnostics);
    if (!wording) return { data, profile, diagnostics };
    const model = buildDocument(kind, data, profile, wording, { diagnostics, locate: (p) => locate(p) });
    return { model, data, profile, diagnostics, locate };
  }
}

export function loadDocument(path: string, options: LoadOptions = {}): LoadResult {
  return new DocumentLoader(options).load(path);
}
