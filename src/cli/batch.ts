// Runs a batch of inputs through the pipeline: failures are named and counted, the rest goes on.
import { availableParallelism } from "node:os";
import pLimit from "p-limit";
import { expandInputs, InputError, labelOf, type InputRef } from "../input/index.js";
import type { Options } from "../options.js";
import { extractInput } from "../pipeline.js";
import type { ExtractionDocument } from "../schema/index.js";
import { UsageError } from "./handle-error.js";
import { progressBar } from "./progress.js";
import { ExtractPool, inOrder, type Outcome } from "./workers.js";

export interface BatchFailure {
  input: string;
  code: string;
  reason: string;
}

export interface BatchResult {
  documents: number;
  failures: BatchFailure[];
}

/** Extracts every input, handing each document to `onDocument` in input order. */
export async function extractBatch(
  inputs: string[],
  opts: Options,
  onDocument: (doc: ExtractionDocument) => Promise<void>,
  progress: (done: number, total: number) => void = () => {},
): Promise<BatchResult> {
  if (inputs.length === 0) throw new UsageError("no inputs: name files, folders, globs, URLs or - for stdin");
  const { refs, failures: expandFailures } = await expandInputs(inputs);
  const failures: BatchFailure[] = expandFailures.map((e) => toFailure(e));
  const workers = workerCount(opts.workers, refs);
  if (workers > 1) return extractInWorkers(refs, failures, { ...opts, workers }, onDocument, progress);
  const limit = pLimit(opts.concurrency);
  let done = 0;
  const extract = (ref: InputRef): Promise<Outcome> =>
    limit(async () => {
      try {
        return { ok: true as const, doc: await extractInput(ref, opts) };
      } catch (e) {
        return { ok: false as const, failure: toFailure(e, labelOf(ref)) };
      } finally {
        progress(++done, refs.length);
      }
    });
  // a bounded window, not one promise per input: resolved promises kept every document alive (1.7 GB at 20,000 pages)
  return drainInOrder(refs, extract, opts.concurrency * 4, failures, onDocument);
}

/** Hands each outcome to `onDocument` or `failures` in input order; at most `window` outcomes wait. */
async function drainInOrder(
  refs: InputRef[],
  extract: (ref: InputRef) => Promise<Outcome>,
  window: number,
  failures: BatchFailure[],
  onDocument: (doc: ExtractionDocument) => Promise<void>,
): Promise<BatchResult> {
  let documents = 0;
  for await (const r of inOrder(refs, extract, window)) {
    if (r.ok) {
      documents++;
      await onDocument(r.doc);
    } else failures.push(r.failure);
  }
  return { documents, failures };
}

/** Below this many local files a worker's own start-up (nodejieba's ~1 s dictionary load, module
 * init, JIT warm-up) costs more than it saves: measured on 2 cores, 2 workers break even near
 * 2,000 pages of 30 KB and are 1.48x faster at 20,000 (README, Performance). */
export const AUTO_WORKERS_MIN_FILES = 3000;

/** "auto": one worker per core for a large batch of local files; URLs stay in one process so
 * per-host politeness holds across the whole batch. */
export function workerCount(workers: number | "auto", refs: InputRef[]): number {
  if (workers !== "auto") return workers;
  if (refs.length < AUTO_WORKERS_MIN_FILES || refs.some((r) => r.kind === "url")) return 0;
  return availableParallelism();
}

/** The `--workers N` branch: N worker threads, outcomes in input order, a bounded number waiting. */
async function extractInWorkers(
  refs: InputRef[],
  failures: BatchFailure[],
  opts: Options & { workers: number },
  onDocument: (doc: ExtractionDocument) => Promise<void>,
  progress: (done: number, total: number) => void,
): Promise<BatchResult> {
  if (refs.length === 0) return { documents: 0, failures };
  const perWorker = Math.max(1, Math.ceil(opts.concurrency / opts.workers));
  const pool = new ExtractPool(opts, { size: Math.min(opts.workers, refs.length), perWorker }, labelOf);
  let done = 0;
  // stdin belongs to the main thread: a worker cannot read it
  const inProcess = (ref: InputRef): Promise<Outcome> =>
    extractInput(ref, opts).then(
      (doc) => ({ ok: true, doc }),
      (e) => ({ ok: false, failure: toFailure(e, labelOf(ref)) }),
    );
  const extract = (ref: InputRef): Promise<Outcome> =>
    (ref.kind === "stdin" ? inProcess(ref) : pool.run(ref)).finally(() => progress(++done, refs.length));
  try {
    return await drainInOrder(refs, extract, opts.workers * perWorker * 4, failures, onDocument);
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
