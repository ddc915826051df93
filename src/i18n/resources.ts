/**
 * The message catalogues: one JSON file per namespace and language under
 * locales/<lng>/<ns>.json, collected by Vite's import.meta.glob (also under Vitest), so
 * adding a namespace needs no edit here. The English `metrics` namespace is not a file:
 * it is built from METRIC_INFO (src/metrics/info.ts), the one English source the CLI and
 * the docs also read; locales/ja/metrics.json translates it key for key
 * (`<id>.label`, `<id>.explanation`, `<id>.convention`; references are not translated).
 * Likewise the English `reasons` namespace is REASONS (src/io/reasons.ts), the importer's
 * problem reasons as the CLI prints them; locales/ja/reasons.json translates it.
 */
import { REASONS } from '../io/reasons.ts';
import { METRIC_INFO } from '../metrics/info.ts';

export type Catalogue = Record<string, unknown>;
export type Resources = Record<string, Record<string, Catalogue>>;

/**
 * The catalogue files. Vite (and Vitest) replace the glob call at build time; plain Node
 * (tsx, e.g. the browser-test runner importing store constants) has no import.meta.glob,
 * so there the catalogues are empty and only the English metric texts remain.
 */
function catalogueFiles(): Record<string, Catalogue> {
  try {
    return import.meta.glob<Catalogue>('./locales/*/*.json', { eager: true, import: 'default' });
  } catch {
    return {};
  }
}

const files = catalogueFiles();

/** English metric texts from METRIC_INFO, nested as `<id>: {label, explanation, convention}`. */
export function englishMetrics(): Catalogue {
  const catalogue: Catalogue = {};
  for (const [id, info] of Object.entries(METRIC_INFO)) {
    catalogue[id] = {
      label: info.label,
      explanation: info.explanation,
      convention: info.convention,
    };
  }
  return catalogue;
}

export function collectResources(): Resources {
  const resources: Resources = { en: { metrics: englishMetrics(), reasons: { ...REASONS } } };
  for (const [path, catalogue] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match === null) continue;
    const [, language, namespace] = match;
    (resources[language] ??= {})[namespace] = catalogue;
  }
  return resources;
}
