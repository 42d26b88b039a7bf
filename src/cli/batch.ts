// Runs a batch of inputs through the pipeline: failures are named and counted, the rest goes on.
import pLimit from "p-limit";
import { expandInputs, InputError, labelOf, type InputRef } from "../input/index.js";
import { prepareSegmenter } from "../extract/text/segment.js";
import type { Options } from "../options.js";
import { UsageError } from "./handle-error.js";
import { progressBar } from "./progress.js";
import { heapKeeper } from "./heap.js";
import { usableCpus } from "./cpus.js";
import { ExtractPool, fromDocument, inOrder, type Extracted, type Outcome } from "./workers.js";

export interface BatchFailure {
  input: string;
  code: string;
  reason: string;
}

export interface BatchResult {
  documents: number;
  failures: BatchFailure[];
}

/** Extracts every input, handing each document (as an object or as JSON, whichever it reads) to `onDocument` in input order. */
export async function extractBatch(
  inputs: string[],
  opts: Options,
  onDocument: (doc: Extracted) => Promise<void>,
  progress: (done: number, total: number) => void = () => {},
): Promise<BatchResult> {
  if (inputs.length === 0) throw new UsageError("no inputs: name files, folders, globs, URLs or - for stdin");
  // a count given: the workers start (modules, JIT) while the inputs are listed
  const early = typeof opts.workers === "number" && opts.workers > 1 ? startPool(opts.workers, opts) : null;
  let expanded: Awaited<ReturnType<typeof expandInputs>>;
  try {
    expanded = await expandInputs(inputs);
  } catch (e) {
    await early?.close();
    throw e;
  }
  const { refs, failures: expandFailures } = expanded;
  // the segmenter's dictionaries build on a background thread while the stages load (or the workers start:
  // they share this build); the executable has started it already for extract and run (cli/head-start.ts),
  // this starts it for `check` given inputs, and a second call starts nothing
  if (refs.length > 0) prepareSegmenter();
  const failures: BatchFailure[] = expandFailures.map((e) => toFailure(e));
  const workers = workerCount(opts.workers, refs);
  if (workers > 1) return extractInWorkers(refs, failures, early ?? startPool(workers, opts), onDocument, progress, opts);
  // the stages load in the thread that runs them: with workers, the main thread never imports them
  const { extractInput } = await import("../pipeline.js");
  const limit = pLimit(opts.concurrency);
  let done = 0;
  const extract = (ref: InputRef): Promise<Outcome> =>
    limit(async () => {
      try {
        return fromDocument(await extractInput(ref, opts));
      } catch (e) {
        return { ok: false as const, failure: toFailure(e, labelOf(ref)) };
      } finally {
        progress(++done, refs.length);
      }
    });
  // a bounded window, not one promise per input: resolved promises kept every document alive (1.7 GB at 20,000 pages)
  return drainInOrder(refs, extract, opts.concurrency * 4, failures, onDocument);
}

/** Documents between two turns of the event loop. In-process extraction is all microtasks: without a turn,
 * what waits for one waited for the whole batch — stream write callbacks queued with process.nextTick held every
 * line written (8 KB a document: 330 MB at 8,000 pages), and signals and timers were not seen. */
const TURN_EVERY = 32;

/** Hands each outcome to `onDocument` or `failures` in input order; at most `window` outcomes wait. */
async function drainInOrder(
  refs: InputRef[],
  extract: (ref: InputRef) => Promise<Outcome>,
  window: number,
  failures: BatchFailure[],
  onDocument: (doc: Extracted) => Promise<void>,
): Promise<BatchResult> {
  let documents = 0;
  const keepHeapFlat = heapKeeper();
  let sinceTurn = 0;
  for await (const r of inOrder(refs, extract, window)) {
    keepHeapFlat();
    if (++sinceTurn === TURN_EVERY) {
      sinceTurn = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (r.ok) {
      documents++;
      await onDocument(r);
    } else failures.push(r.failure);
  }
  return { documents, failures };
}

/** Local files one worker must have to pay back its own start-up (module load, nodejieba's dictionary, JIT
 * warm-up): measured on 2 cores, 2 workers break even near 2,000 pages of 30 KB (README, Performance). */
export const FILES_PER_WORKER = 1500;
/** the smallest batch that gets workers: two of them, each with FILES_PER_WORKER files */
export const AUTO_WORKERS_MIN_FILES = 2 * FILES_PER_WORKER;

/** "auto": as many workers as the CPUs this process may use and the batch can pay for, at least two, or
 * none; URLs stay in one process so per-host politeness holds across the whole batch. */
export function workerCount(workers: number | "auto", refs: InputRef[], cpus: number = usableCpus()): number {
  if (workers !== "auto") return workers;
  if (refs.some((r) => r.kind === "url")) return 0;
  const n = Math.min(cpus, Math.floor(refs.length / FILES_PER_WORKER));
  return n >= 2 ? n : 0;
}

/** Tasks each worker holds at once: the batch's concurrency shared among them, at least one. */
export function perWorker(opts: Options, workers: number): number {
  return Math.max(1, Math.ceil(opts.concurrency / workers));
}

function startPool(workers: number, opts: Options): ExtractPool {
  return new ExtractPool(opts, { size: workers, perWorker: perWorker(opts, workers) }, labelOf);
}

/** The `--workers N` branch: N worker threads, outcomes in input order, a bounded number waiting. */
async function extractInWorkers(
  refs: InputRef[],
  failures: BatchFailure[],
  pool: ExtractPool,
  onDocument: (doc: Extracted) => Promise<void>,
  progress: (done: number, total: number) => void,
  opts: Options,
): Promise<BatchResult> {
  try {
    pool.trim(refs.length);
    let done = 0;
    // stdin belongs to the main thread: a worker cannot read it
    const inProcess = (ref: InputRef): Promise<Outcome> =>
      import("../pipeline.js")
        .then(({ extractInput }) => extractInput(ref, opts))
        .then(
          (doc) => fromDocument(doc),
          (e) => ({ ok: false, failure: toFailure(e, labelOf(ref)) }),
        );
    const extract = (ref: InputRef): Promise<Outcome> =>
      (ref.kind === "stdin" ? inProcess(ref) : pool.run(ref)).finally(() => progress(++done, refs.length));
    return await drainInOrder(refs, extract, pool.capacity * 4, failures, onDocument);
  } finally {
    await pool.close();
  }
}

export function toFailure(e: unknown, label = "?"): BatchFailure {
  if (e instanceof InputError) return { input: e.input, code: e.code, reason: e.message.slice(e.input.length + 2) };
  const err = e as Error;
  return { input: label, code: "internal", reason: err?.message ?? String(e) };
}

/** Progress on stderr only when a person is watching (see progress.ts). */
export function progressReporter(quiet: boolean): (done: number, total: number) => void {
  return progressBar({ quiet });
}

export function reportFailures(failures: BatchFailure[]): void {
  for (const f of failures) process.stderr.write(`zhpress: ${f.input}: ${f.reason}\n`);
}
