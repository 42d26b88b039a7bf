// A worker_threads pool for `--workers N`: each worker runs extractInput and posts the document back.
// Results come out in input order through a bounded window, so memory stays flat as the batch grows.
import { Worker } from "node:worker_threads";
import type { InputRef } from "../input/index.js";
import { docTimeout } from "../input/errors.js";
import type { Options } from "../options.js";
import type { ExtractionDocument } from "../schema/index.js";

export interface WorkerFailure {
  input: string;
  code: string;
  reason: string;
}

/** A finished document, as the object the pipeline built or as the JSON text a worker posted; each form is
 *  made from the other only when read (`zhpress extract` writes a worker's text without parsing it again). */
export interface Extracted {
  readonly doc: ExtractionDocument;
  readonly json: string;
}

/** One input's outcome, as a worker posts it back (the same shape for the in-process path). */
export type Outcome = ({ ok: true } & Extracted) | { ok: false; failure: WorkerFailure };

export function fromDocument(doc: ExtractionDocument): Outcome {
  let json: string | undefined;
  return {
    ok: true,
    doc,
    get json() {
      return (json ??= JSON.stringify(doc));
    },
  };
}

export function fromJson(json: string): Outcome {
  let doc: ExtractionDocument | undefined;
  return {
    ok: true,
    json,
    get doc() {
      return (doc ??= JSON.parse(json) as ExtractionDocument);
    },
  };
}

/** What the pool sends a worker and what comes back, keyed by the task id. */
export interface TaskMessage {
  id: number;
  ref: InputRef;
}
// a document crosses as JSON text: structured clone of its many small objects cost ~0.9 ms per page in
// the worker's postMessage (10% of its time); stringify + parse is several times cheaper and byte-identical
export type ResultMessage = { id: number } & ({ ok: true; json: string } | { ok: false; failure: WorkerFailure });
/** the worker has the bytes and starts extracting: the document's time budget runs from here */
export type StartedMessage = { id: number; started: true };

interface Task {
  id: number;
  ref: InputRef;
  label: string;
  resolve: (o: Outcome) => void;
  budget?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Task>;
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

  constructor(
    private readonly opts: Options,
    private readonly settings: PoolSettings,
    private readonly labelOf: (ref: InputRef) => string,
  ) {
    this.perWorker = Math.max(1, settings.perWorker ?? 2);
    for (let i = 0; i < Math.max(1, settings.size); i++) this.slots.push(this.spawn());
  }

  /** Extracts one input in some worker; never rejects: a failure is an outcome. */
  run(ref: InputRef): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, ref, label: this.labelOf(ref), resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const entry = this.settings.entry ?? DEFAULT_ENTRY;
    const workerData = { opts: this.opts };
    // a .ts entry (tests, tsx) registers tsx inside the worker first: --import in execArgv does not reach workers
    const worker = entry.pathname.endsWith(".ts")
      ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`, {
          eval: true,
          workerData,
        })
      : new Worker(entry, { workerData });
    const slot: Slot = { worker, inFlight: new Map() };
    worker.on("message", (m: ResultMessage | StartedMessage) => {
      const task = slot.inFlight.get(m.id);
      if (!task) return;
      if ("started" in m) return void (task.budget = setTimeout(() => this.abandon(slot, task), this.opts.docTimeoutMs));
      clearTimeout(task.budget);
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

  /** A document over its budget: it fails, naming the input; the worker is stopped and a fresh one takes its
   *  place; the other inputs it held go back to the front of the queue (they are not at fault). */
  private abandon(slot: Slot, task: Task): void {
    slot.inFlight.delete(task.id);
    const reason = docTimeout(task.label, this.opts.docTimeoutMs).message.slice(task.label.length + 2);
    task.resolve({ ok: false, failure: { input: task.label, code: "doc-timeout", reason } });
    const others = [...slot.inFlight.values()];
    for (const other of others) clearTimeout(other.budget);
    this.queue.unshift(...others);
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

/**
 * Runs every ref through `extract` with at most `window` outcomes waiting, yielding them in input order.
 * The window bounds memory: a slow first input holds back at most `window` finished documents.
 */
export async function* inOrder(refs: InputRef[], extract: (ref: InputRef) => Promise<Outcome>, window: number): AsyncGenerator<Outcome> {
  const pending: Promise<Outcome>[] = [];
  let next = 0;
  while (next < refs.length && pending.length < window) pending.push(extract(refs[next++]));
  while (pending.length > 0) {
    const outcome = await pending.shift()!;
    if (next < refs.length) pending.push(extract(refs[next++]));
    yield outcome;
  }
}
