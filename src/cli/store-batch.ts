// `run`'s batch: every input is read and hashed; unchanged bytes are skipped, the rest extracted and
// stored one document per transaction, in input order, so a killed run resumes where it stopped.
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import pLimit from "p-limit";
import { expandInputs, labelOf, readInput, type InputRef, type LoadedBytes } from "../input/index.js";
import type { Options } from "../options.js";
import { extractFromBytes } from "../pipeline.js";
import type { ExtractionDocument } from "../schema/index.js";
import type { DatasetStore, PageRecord } from "../store/index.js";
import { toFailure, workerCount, type BatchFailure } from "./batch.js";
import { UsageError } from "./handle-error.js";
import { inOrder } from "./outcome.js";
import { ExtractPool } from "./workers.js";

export interface StoreBatchResult {
  /** inputs given that named at least one page */
  inputs: number;
  stored: number;
  skipped: number;
  failures: BatchFailure[];
}

type Step =
  | { kind: "stored"; page: PageRecord; doc: ExtractionDocument }
  | { kind: "skipped" }
  | { kind: "failed"; failure: BatchFailure }
  | { kind: "fatal"; error: unknown };

export function pageRecord(ref: InputRef, loaded: LoadedBytes, fetchedAt = new Date()): PageRecord {
  const bytesHash = createHash("sha256").update(loaded.bytes).digest("hex");
  const inputKey = ref.kind === "file" ? resolve(ref.path) : ref.kind === "url" ? ref.url : `stdin:${bytesHash}`;
  return {
    inputKey,
    bytesHash,
    path: ref.kind === "file" ? ref.path : null,
    url: ref.kind === "url" ? ref.url : null,
    finalUrl: loaded.finalUrl ?? null,
    contentType: loaded.contentType,
    byteLength: loaded.bytes.length,
    fetchedAt: fetchedAt.toISOString(),
  };
}

export async function storeBatch(
  inputs: string[],
  opts: Options,
  open: () => Promise<DatasetStore>,
  progress: (done: number, total: number) => void = () => {},
): Promise<StoreBatchResult> {
  if (inputs.length === 0) throw new UsageError("no inputs: name files, folders, globs, URLs or - for stdin");
  const { refs, failures: expandFailures } = await expandInputs(inputs);
  const result: StoreBatchResult = { inputs: refs.length, stored: 0, skipped: 0, failures: expandFailures.map((e) => toFailure(e)) };
  if (refs.length === 0) return result;
  // opened at the first page read: when nothing can be read, no database is created or touched
  let opening: Promise<DatasetStore> | null = null;
  const store = () => (opening ??= open());
  const workers = workerCount(opts.workers, refs);
  const perWorker = Math.max(1, Math.ceil(opts.concurrency / Math.max(1, workers)));
  const pool = workers > 1 ? new ExtractPool(opts, { size: Math.min(workers, refs.length), perWorker }, labelOf) : null;
  const limit = pLimit(opts.concurrency);
  let done = 0;
  const step = (ref: InputRef): Promise<Step> =>
    limit(async (): Promise<Step> => {
      try {
        return await readAndExtract(ref);
      } finally {
        progress(++done, refs.length);
      }
    });
  const readAndExtract = async (ref: InputRef): Promise<Step> => {
    let loaded: LoadedBytes;
    try {
      loaded = await readInput(ref, opts);
    } catch (e) {
      return { kind: "failed", failure: toFailure(e, labelOf(ref)) };
    }
    const page = pageRecord(ref, loaded);
    // a database that cannot be opened or read stops the run (not one failure per input)
    const known = await store()
      .then((s) => s.hasInput(page.inputKey, page.bytesHash))
      .catch((e: unknown) => e);
    if (typeof known !== "boolean") return { kind: "fatal", error: known };
    if (known) return { kind: "skipped" };
    try {
      // a worker reads the file again: a file rewritten in between is caught by the next run's hash
      if (pool && ref.kind === "file") {
        const outcome = await pool.run(ref);
        return outcome.ok ? { kind: "stored", page, doc: outcome.doc } : { kind: "failed", failure: outcome.failure };
      }
      return { kind: "stored", page, doc: extractFromBytes(loaded) };
    } catch (e) {
      return { kind: "failed", failure: toFailure(e, labelOf(ref)) };
    }
  };
  try {
    // a bounded window in input order: memory stays flat, and documents are stored in the order given
    for await (const s of inOrder(refs, step, opts.concurrency * 4)) {
      if (s.kind === "stored") {
        await (await store()).putDocument(s.page, s.doc);
        result.stored++;
      } else if (s.kind === "skipped") result.skipped++;
      else if (s.kind === "fatal") throw s.error;
      else result.failures.push(s.failure);
    }
  } finally {
    await pool?.close();
  }
  return result;
}
