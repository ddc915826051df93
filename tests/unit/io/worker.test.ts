/**
 * The worker protocol, run in-process: messages go through structuredClone (with the
 * files' buffers transferred), exactly what postMessage does between threads, so the
 * serialised graph, progress, cancellation and errors are exercised without a browser.
 */
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/index.ts';
import type { InputFile } from '../../../src/io/index.ts';
import { serveImports } from '../../../src/workers/import.worker.ts';
import type {
  ImportWorkerMessage,
  ImportWorkerRequest,
} from '../../../src/workers/import.worker.ts';
import { importInWorker } from '../../../src/workers/importClient.ts';
import type { ImportWorkerHandle } from '../../../src/workers/importClient.ts';
import { expectDataset, fixtureFiles, textFile } from './helpers.ts';

function inProcessWorker(log: { terminated: boolean; requests: string[] }): ImportWorkerHandle {
  const listeners: ((event: { data: ImportWorkerRequest }) => void)[] = [];
  const handle: ImportWorkerHandle = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      const data = structuredClone(message, { transfer });
      log.requests.push(data.type);
      setTimeout(() => listeners.forEach((listener) => listener({ data })), 0);
    },
    terminate() {
      log.terminated = true;
    },
  };
  serveImports({
    postMessage(message) {
      const data = structuredClone(message);
      setTimeout(() => handle.onmessage?.({ data } as MessageEvent<ImportWorkerMessage>), 0);
    },
    addEventListener: (_, listener) => listeners.push(listener),
  });
  return handle;
}

function bigEdges(rows: number): InputFile {
  let text = 'source,target,weight\n';
  for (let i = 0; i < rows; i++) text += `n${i % 997},n${(i * 7 + 1) % 991},1\n`;
  return textFile('edges.csv', text);
}

describe('importInWorker', () => {
  it('gives the same dataset as importFiles, with buffers transferred', async () => {
    const direct = expectDataset(await importFiles(fixtureFiles('kyoto')));
    const files = fixtureFiles('kyoto');
    const log = { terminated: false, requests: [] as string[] };
    const progress: number[] = [];
    const viaWorker = expectDataset(
      await importInWorker(files, { onProgress: (f) => progress.push(f) }, () =>
        inProcessWorker(log),
      ),
    );
    expect(files.every((f) => f.bytes.byteLength === 0)).toBe(true); // transferred, not copied
    expect(log).toEqual({ terminated: true, requests: ['import'] });
    expect(progress.at(-1)).toBe(1);
    expect(viaWorker.report).toEqual(direct.report);
    expect({ ...viaWorker, graph: null }).toEqual({ ...direct, graph: null });
    expect(viaWorker.graph.type).toBe('undirected');
    expect(viaWorker.graph.multi).toBe(true);
    expect(viaWorker.graph.order).toBe(direct.graph.order);
    direct.graph.forEachNode((id, a) => expect(viaWorker.graph.getNodeAttributes(id)).toEqual(a));
    // Generated edge keys differ between two imports; edges come in the same order.
    const edges = (d: typeof direct) =>
      d.graph.mapEdges((_, a, source, target) => [source, target, a]);
    expect(edges(viaWorker)).toEqual(edges(direct));
  });

  it('keeps __proto__ an ordinary attribute key after the trip', async () => {
    const files = [textFile('nodes.csv', 'id,__proto__\n__proto__,x\n')];
    const { graph } = expectDataset(
      await importInWorker(files, {}, () => inProcessWorker({ terminated: false, requests: [] })),
    );
    const attributes = graph.getNodeAttributes('__proto__').attributes;
    expect(Object.getPrototypeOf(attributes)).toBe(null);
    expect(Object.keys(attributes)).toEqual(['__proto__']);
  });

  it('cancels: posts a cancel message and resolves with the cancelled outcome', async () => {
    const controller = new AbortController();
    const log = { terminated: false, requests: [] as string[] };
    const outcome = await importInWorker(
      [bigEdges(40_000)],
      { signal: controller.signal, onProgress: (fraction) => fraction > 0 && controller.abort() },
      () => inProcessWorker(log),
    );
    expect(outcome).toMatchObject({
      ok: false,
      cancelled: true,
      error: 'Import cancelled; nothing was loaded.',
    });
    expect(log).toEqual({ terminated: true, requests: ['import', 'cancel'] });
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let created = false;
    const outcome = await importInWorker([bigEdges(10)], { signal: controller.signal }, () => {
      created = true;
      return inProcessWorker({ terminated: false, requests: [] });
    });
    expect(outcome).toMatchObject({ ok: false, cancelled: true });
    expect(created).toBe(false);
  });

  it('turns a crashed worker into a fatal outcome', async () => {
    const handle: ImportWorkerHandle = {
      onmessage: null,
      onerror: null,
      postMessage() {
        setTimeout(() => handle.onerror?.({ message: 'SyntaxError: bad module' } as ErrorEvent), 0);
      },
      terminate() {},
    };
    const outcome = await importInWorker([bigEdges(1)], {}, () => handle);
    expect(outcome).toMatchObject({
      ok: false,
      error: 'the import worker failed (SyntaxError: bad module)',
    });
  });
});

describe('importFiles progress and cancellation (main thread)', () => {
  it('reports fractions that never go back, ending at 1', async () => {
    const steps: [number, string][] = [];
    expectDataset(
      await importFiles([bigEdges(20_000)], { onProgress: (f, s) => steps.push([f, s]) }),
    );
    expect(steps.length).toBeGreaterThan(3);
    for (let i = 1; i < steps.length; i++)
      expect(steps[i][0]).toBeGreaterThanOrEqual(steps[i - 1][0]);
    expect(steps.at(-1)).toEqual([1, 'done']);
    expect(steps.map((s) => s[1])).toContain('edges');
  });

  it('stops between chunks once the signal fires, loading nothing', async () => {
    const controller = new AbortController();
    let calls = 0;
    const outcome = await importFiles([bigEdges(30_000)], {
      signal: controller.signal,
      onProgress: () => ++calls === 3 && controller.abort(),
    });
    expect(outcome).toMatchObject({
      ok: false,
      cancelled: true,
      error: 'Import cancelled; nothing was loaded.',
    });
  });
});
