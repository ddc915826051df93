/**
 * Web Worker entry of the shortest-path kernel: a thin wrapper that feeds messages to the
 * pure protocol handler of src/metrics/paths/protocol.ts and posts replies with their
 * buffers transferred. Started by src/workers/pathsPool.web.ts.
 */
import { createPathsWorkerHandler } from '../metrics/paths/protocol.ts';
import type { PathsRequest } from '../metrics/paths/protocol.ts';

interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<PathsRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createPathsWorkerHandler((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (event) => handle(event.data);
