/**
 * Progress reports and cancellation for the importers. Importers call `checkpoint` every
 * CHUNK_ROWS rows: it reports progress, yields to the event loop now and then (so a worker
 * can receive a cancel message and the page stays responsive) and throws
 * ImportCancelledError once the AbortSignal has fired.
 */
export const CHUNK_ROWS = 4096;

export const CANCELLED_MESSAGE = 'Import cancelled; nothing was loaded.';

export class ImportCancelledError extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelledError';
  }
}

export interface ProgressHooks {
  onProgress?: (fraction: number, step: string) => void;
  signal?: AbortSignal;
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Yield at most this often: each setTimeout costs at least 1–4 ms, more on a busy machine. */
export const YIELD_INTERVAL_MS = 25;

export class ImportProgress {
  private start = 0;
  private span = 1;
  private lastYield = performance.now();

  constructor(private readonly hooks: ProgressHooks) {}

  /** Restricts later fractions to [start, start + span) of the whole import (one file's share). */
  section(start: number, span: number): void {
    this.start = start;
    this.span = span;
  }

  throwIfCancelled(): void {
    if (this.hooks.signal?.aborted) throw new ImportCancelledError();
  }

  /**
   * `fraction` is within the current section. Progress is reported every time; the event
   * loop gets a turn once YIELD_INTERVAL_MS have passed since the last one.
   */
  async checkpoint(fraction: number, step: string): Promise<void> {
    this.throwIfCancelled();
    this.hooks.onProgress?.(
      Math.min(1, this.start + this.span * Math.min(1, Math.max(0, fraction))),
      step,
    );
    this.throwIfCancelled();
    if (performance.now() - this.lastYield < YIELD_INTERVAL_MS) return;
    await yieldToEventLoop();
    this.lastYield = performance.now();
    this.throwIfCancelled();
  }
}
