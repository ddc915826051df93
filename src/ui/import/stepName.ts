/**
 * The importer's progress steps (English words from src/io, shared with the CLI: `nodes`,
 * `edges`, `organizations`, …, `reading <file>`, `done`) in the interface language; a
 * step it does not know is shown as sent.
 */
import { i18n } from '../../i18n/index.ts';

const STEPS = new Set([
  'nodes',
  'edges',
  'organizations',
  'people',
  'collaborations',
  'memberships',
  'done',
]);

export function importStepName(step: string): string {
  const reading = /^reading (.+)$/.exec(step);
  if (reading !== null && reading[1] !== 'files')
    return i18n.t('import:steps.reading', { file: reading[1] });
  return STEPS.has(step) ? i18n.t(`import:steps.${step}`) : step;
}
