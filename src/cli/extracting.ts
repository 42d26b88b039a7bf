// Which document a pool worker is extracting and since when, kept in memory shared with the pool's thread:
// the pool's watchdog reads it, so the worker sends no "started" message (one message per document, not two).
// The worker writes the time first and the id last; a reader that catches it between two documents sees
// an old id with a newer time, which only makes that document look younger: never a false timeout.

const NONE = -1;

export class Extracting {
  private readonly id: Int32Array;
  private readonly since: Float64Array;

  /** the shared memory for one worker; give the same buffer to both sides */
  static memory(): SharedArrayBuffer {
    const memory = new SharedArrayBuffer(16);
    new Int32Array(memory, 0, 1)[0] = NONE;
    return memory;
  }

  constructor(memory: SharedArrayBuffer) {
    this.id = new Int32Array(memory, 0, 1);
    this.since = new Float64Array(memory, 8, 1);
  }

  /** the worker starts extracting task `id` (its bytes are read: the budget counts from here) */
  begin(id: number, now = Date.now()): void {
    this.since[0] = now;
    Atomics.store(this.id, 0, id);
  }

  end(): void {
    Atomics.store(this.id, 0, NONE);
  }

  /** the task being extracted and how long it has been, or null between documents */
  current(now = Date.now()): { id: number; ms: number } | null {
    const id = Atomics.load(this.id, 0);
    return id === NONE ? null : { id, ms: now - this.since[0] };
  }
}

/** How often the watchdog looks: an eighth of the budget, between 5 and 250 ms (a document is stopped at most
 * that late; between documents a look costs two reads of shared memory per worker). */
export function watchdogTick(docTimeoutMs: number): number {
  return Math.min(250, Math.max(5, Math.floor(docTimeoutMs / 8)));
}
