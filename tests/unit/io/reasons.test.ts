/**
 * The importer's reasons: every code's English template is filled completely, the
 * interface's English catalogue words a reason exactly as the CLI does, and the Japanese
 * catalogue words every code with its values and nothing left unfilled.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { REASONS, englishReason, type Reason, type ReasonCode } from '../../../src/io/reasons.ts';
import { i18n } from '../../../src/i18n/index.ts';
import { failureText, problemText, reasonText } from '../../../src/ui/import/problemText.ts';
import { importFiles } from '../../../src/io/index.ts';
import { textFile } from './helpers.ts';

/** A reason of `code` whose every value is a recognisable marker: `<name>`. */
function sample(code: ReasonCode): Reason {
  const names = [...REASONS[code].matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
  return { code, values: Object.fromEntries(names.map((name) => [name, `<${name}>`])) };
}

const CODES = Object.keys(REASONS) as ReasonCode[];

afterAll(() => i18n.changeLanguage('en'));

describe('import reasons', () => {
  it('fills every value and nested reason of every English template', () => {
    for (const code of CODES) {
      const text = englishReason(sample(code));
      expect(text, code).not.toMatch(/\{\{|\$t\(/);
      for (const name of Object.keys(sample(code).values ?? {}))
        expect(text, code).toContain(`<${name}>`);
    }
    expect(englishReason({ code: 'noFilesPicked' })).toBe(
      `no files were picked; ${REASONS.expectedFiles}`,
    );
  });

  it('words each reason in the English interface exactly as the CLI does', async () => {
    await i18n.changeLanguage('en');
    for (const code of CODES) {
      const reason = sample(code);
      // No stored text to fall back on: the words must come from the catalogue.
      const problem = { reason: '', code, values: reason.values };
      expect(reasonText(problem), code).toBe(englishReason(reason));
    }
  });

  it('words every reason in Japanese, with its values and nothing unfilled', async () => {
    await i18n.changeLanguage('ja');
    for (const code of CODES) {
      const reason = sample(code);
      const text = reasonText({ reason: englishReason(reason), code, values: reason.values });
      expect(text, code).not.toBe(englishReason(reason));
      expect(text, code).not.toMatch(/\{\{|\$t\(/);
      expect(text, code).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const name of Object.keys(reason.values ?? {}))
        expect(text, `${code} keeps {{${name}}}`).toContain(`<${name}>`);
    }
  });

  it('shows a real import problem with its file and row in the interface language', async () => {
    const outcome = await importFiles([
      textFile(
        'organizations.csv',
        'id,name,sector\nO-1,Hokkaido University,academia\nO-1,Again,industry\n',
      ),
    ]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [problem] = outcome.dataset.report.problems;
    await i18n.changeLanguage('en');
    expect(problemText(problem)).toBe(
      'organizations.csv row 3: id "O-1" is a duplicate of organizations.csv row 2; the first is kept',
    );
    await i18n.changeLanguage('ja');
    expect(problemText(problem)).toBe(
      'organizations.csv 3 行目: ID "O-1" は organizations.csv の 2 行目と重複しています。最初の行を残しました',
    );
  });

  it('gives a failed import its fatal problem, and a problem without code its stored text', async () => {
    const outcome = await importFiles([textFile('edges.csv', '')]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    await i18n.changeLanguage('ja');
    expect(failureText(outcome.error, outcome.report.problems)).toBe('edges.csv: ファイルが空です');
    expect(failureText('cancelled', [])).toBe('cancelled');
    // A fatal problem without a code (a workspace file): the error, worded by the caller.
    const workspace = { file: 'w.json', row: null, severity: 'fatal' as const, reason: 'English' };
    expect(failureText('ワークスペースとして使えません', [workspace])).toBe(
      'ワークスペースとして使えません',
    );
    const old = { file: 'a.csv', row: 2, severity: 'error' as const, reason: 'saved before codes' };
    expect(problemText(old)).toBe('a.csv 2 行目: saved before codes');
  });
});
