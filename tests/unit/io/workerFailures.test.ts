/**
 * Every way the import worker can fail reaches the page as an outcome with a message:
 * a result too large to post, a message the page cannot read, a graph the page cannot
 * rebuild; and the page's options (mappings, limits) reach the importer in the worker.
 */
import { describe, expect, it } from 'vitest';
import {
  serveImports,
  type ImportWorkerMessage,
  type ImportWorkerRequest,
} from '../../../src/workers/import.worker.ts';
import { importInWorker, type ImportWorkerHandle } from '../../../src/workers/importClient.ts';
import { textFile } from './helpers.ts';

/** An in-process worker whose posting of results (not progress) can be made to throw. */
function worker(
  options: { resultPostThrows?: boolean; messageError?: boolean } = {},
): ImportWorkerHandle {
  const listeners: ((event: { data: ImportWorkerRequest }) => void)[] = [];
  let thrown = false;
  const handle: ImportWorkerHandle = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message, transfer) {
      const data = structuredClone(message, { transfer });
      setTimeout(() => listeners.forEach((listener) => listener({ data })), 0);
    },
    terminate() {},
  };
  serveImports({
    postMessage(message) {
      if (message.type === 'result' && options.resultPostThrows && !thrown) {
        thrown = true;
        throw new DOMException('Data cannot be cloned, out of memory.', 'DataCloneError');
      }
      if (message.type === 'result' && options.messageError) {
        setTimeout(() => handle.onmessageerror?.({} as MessageEvent), 0);
        return;
      }
      const data = structuredClone(message);
      setTimeout(() => handle.onmessage?.({ data } as MessageEvent<ImportWorkerMessage>), 0);
    },
    addEventListener: (_, listener) => listeners.push(listener),
  });
  return handle;
}

const EDGES = () => [textFile('edges.csv', 'source,target\na,b\n')];

describe('import worker failures', () => {
  it('a result too large to post gives a message, not "Loading… done" forever', async () => {
    const outcome = await importInWorker(EDGES(), {}, () => worker({ resultPostThrows: true }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatch(
      /^the import worker could not hand the dataset to the page \(Data cannot be cloned, out of memory\.\); the file is probably too large/,
    );
    expect(outcome.report.problems[0]).toMatchObject({ severity: 'fatal' });
  });

  it('a result the page cannot read gives a message', async () => {
    const outcome = await importInWorker(EDGES(), {}, () => worker({ messageError: true }));
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/could not read/) });
  });

  it("the page's mappings and limits reach the importer", async () => {
    const files = [textFile('ties.csv', 'Org,Partner\na,b\nb,c\n')];
    const mappings = new Map([
      ['ties.csv', { role: 'edges' as const, columns: { source: 'Org', target: 'Partner' } }],
    ]);
    const mapped = await importInWorker(files, { mappings, askForRoles: true }, () => worker());
    expect(mapped.ok && mapped.dataset.graph.size).toBe(2);
    const limited = await importInWorker(
      [textFile('ties.csv', 'a,b\nb,c\nc,d\nd,e\n')],
      { maxRows: 2 },
      () => worker(),
    );
    expect(limited).toMatchObject({ ok: false, error: expect.stringMatching(/more than 2 lines/) });
  });
});
