// A worker_threads pool for `--workers N`: each worker runs extractInput and posts the document back.
// Results come out in input order through a bounded window, so memory stays flat as the batch grows.
import { Worker } from "node:worker_threads";
import type { InputRef } from "../input/index.js";
import { docTimeout } from "../input/errors.js";
import type { Options } from "../options.js";
import { Extracting, watchdogTick } from "./extracting.js";
import { fromJson, type Outcome, type WorkerFailure } from "./outcome.js";

export { fromDocument, fromJson, inOrder, type Extracted, type Outcome, type WorkerFailure } from "./outcome.js";

/** What the pool sends a worker and what comes back, keyed by the task id. */
export interface TaskMessage {
  id: number;
  ref: InputRef;
}
// a document crosses as JSON text: structured clone of its many small objects cost ~0.9 ms per page in
// the worker's postMessage (10% of its time); stringify + parse is several times cheaper and byte-identical
export type ResultMessage = { id: number } & ({ ok: true; json: string } | { ok: false; failure: WorkerFailure });
/** what a worker starts with: the options, and the memory where it says which document it is extracting */
export interface WorkerStart {
  opts: Options;
  extracting: SharedArrayBuffer;
}

interface Task {
  id: number;
  ref: InputRef;
  label: string;
  resolve: (o: Outcome) => void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Task>;
  extracting: Extracting;
  /** stopped on purpose (a document over its budget): its exit is not a crash */
  retired?: boolean;
}

export interface PoolSettings {
  size: number;
  /** tasks a worker holds at once: more than one lets file or network waits overlap with parsing */
  perWorker?: number;
  /** the worker script; tests pass a stub here */
  entry?: URL;
}

// Under vitest or tsx the module is .ts: the worker then needs tsx to load the .ts entry too
const fromSource = import.meta.url.endsWith(".ts");
const DEFAULT_ENTRY = new URL(fromSource ? "./worker-entry.ts" : "./worker-entry.js", import.meta.url);

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly perWorker: number;
  private nextId = 0;
  private closed = false;
  /** crashes since the last finished input: a worker that cannot start must not respawn forever */
  private crashesInARow = 0;
  private lastCrash = "";
  /** checks each worker's current document against its budget (see extracting.ts) */
  private readonly watchdog: NodeJS.Timeout;

  constructor(
    private readonly opts: Options,
    private readonly settings: PoolSettings,
    private readonly labelOf: (ref: InputRef) => string,
  ) {
    this.perWorker = Math.max(1, settings.perWorker ?? 2);
    for (let i = 0; i < Math.max(1, settings.size); i++) this.slots.push(this.spawn());
    this.watchdog = setInterval(() => this.overBudget(), watchdogTick(opts.docTimeoutMs));
    // the workers keep the process alive while they have work; the watchdog never does
    this.watchdog.unref();
  }

  /** tasks the pool holds at once when every worker is busy */
  get capacity(): number {
    return Math.max(1, this.settings.size) * this.perWorker;
  }

  /** Extracts one input in some worker; never rejects: a failure is an outcome. */
  run(ref: InputRef): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, ref, label: this.labelOf(ref), resolve });
      this.dispatch();
    });
  }

  /** Stops the workers beyond the first `n` (they have no work yet): a batch smaller than the pool it was given. */
  trim(n: number): void {
    for (const slot of this.slots.splice(Math.max(1, n))) {
      slot.retired = true;
      void slot.worker.terminate();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const entry = this.settings.entry ?? DEFAULT_ENTRY;
    const memory = Extracting.memory();
    const workerData: WorkerStart = { opts: this.opts, extracting: memory };
    // a .ts entry (tests, tsx) registers tsx inside the worker first: --import in execArgv does not reach workers
    const worker = entry.pathname.endsWith(".ts")
      ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`, {
          eval: true,
          workerData,
        })
      : new Worker(entry, { workerData });
    const slot: Slot = { worker, inFlight: new Map(), extracting: new Extracting(memory) };
    worker.on("message", (m: ResultMessage) => {
      const task = slot.inFlight.get(m.id);
      if (!task) return;
      slot.inFlight.delete(m.id);
      this.crashesInARow = 0;
      task.resolve(m.ok ? fromJson(m.json) : { ok: false, failure: m.failure });
      this.dispatch();
    });
    let crashed = false;
    const crash = (why: string) => {
      if (crashed || this.closed || slot.retired) return;
      crashed = true;
      this.replace(slot, why);
    };
    worker.on("error", (e) => crash(e.message));
    worker.on("exit", (code) => crash(`exited with code ${code}`));
    // an idle worker must not keep the process alive
    worker.unref();
    return slot;
  }

  /** The hard limit: a document still being extracted past its budget is abandoned. */
  private overBudget(): void {
    for (const slot of [...this.slots]) {
      const current = slot.extracting.current();
      const task = current && current.ms > this.opts.docTimeoutMs ? slot.inFlight.get(current.id) : undefined;
      if (task) this.abandon(slot, task);
    }
  }

  /** A document over its budget: it fails, naming the input; the worker is stopped and a fresh one takes its
   *  place; the other inputs it held go back to the front of the queue (they are not at fault). */
  private abandon(slot: Slot, task: Task): void {
    slot.inFlight.delete(task.id);
    const reason = docTimeout(task.label, this.opts.docTimeoutMs).message.slice(task.label.length + 2);
    task.resolve({ ok: false, failure: { input: task.label, code: "doc-timeout", reason } });
    this.queue.unshift(...slot.inFlight.values());
    slot.inFlight.clear();
    slot.retired = true;
    void slot.worker.terminate();
    this.slots.splice(this.slots.indexOf(slot), 1, this.spawn());
    this.dispatch();
  }

  /** A crashed worker: its in-flight inputs are reported failed, a fresh worker takes its place. */
  private replace(dead: Slot, why: string): void {
    for (const task of dead.inFlight.values())
      task.resolve({
        ok: false,
        failure: { input: task.label, code: "worker-crash", reason: `the worker extracting it crashed (${why})` },
      });
    dead.inFlight.clear();
    void dead.worker.terminate();
    const i = this.slots.indexOf(dead);
    if (i >= 0) this.slots.splice(i, 1);
    if (++this.crashesInARow <= 2 * Math.max(1, this.settings.size)) this.slots.push(this.spawn());
    this.lastCrash = why;
    this.dispatch();
  }

  private dispatch(): void {
    if (this.slots.length === 0) {
      // no worker left: queued inputs fail with the reason instead of waiting forever
      for (const task of this.queue.splice(0))
        task.resolve({
          ok: false,
          failure: { input: task.label, code: "worker-crash", reason: `no worker could run (${this.lastCrash})` },
        });
      return;
    }
    // one task at a time to the least-loaded worker keeps the load even when tasks are few
    while (this.queue.length > 0) {
      const slot = this.slots.reduce((a, b) => (b.inFlight.size < a.inFlight.size ? b : a));
      if (slot.inFlight.size >= this.perWorker) break;
      const task = this.queue.shift()!;
      slot.inFlight.set(task.id, task);
      slot.worker.postMessage({ id: task.id, ref: task.ref } satisfies TaskMessage);
    }
    // keep the process alive exactly while a worker has work
    for (const slot of this.slots) slot.inFlight.size > 0 ? slot.worker.ref() : slot.worker.unref();
  }
}
