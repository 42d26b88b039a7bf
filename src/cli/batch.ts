// Runs a batch of inputs through the pipeline: failures are named and counted, the rest goes on.
import pLimit from "p-limit";
import { expandInputs } from "../load/inputs.js";
import { labelOf } from "../load/read.js";
import { InputError } from "../load/errors.js";
import type { Options } from "../options.js";
import { extractInput } from "../pipeline.js";
import type { ExtractionDocument } from "../schema/index.js";
import { UsageError } from "./handle-error.js";

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
  const limit = pLimit(opts.concurrency);
  let done = 0;
  let documents = 0;
  const pending = refs.map((ref) =>
    limit(async () => {
      try {
        return { ok: true as const, doc: await extractInput(ref, opts) };
      } catch (e) {
        return { ok: false as const, failure: toFailure(e, labelOf(ref)) };
      } finally {
        progress(++done, refs.length);
      }
    }),
  );
  for (const p of pending) {
    const r = await p;
    if (r.ok) {
      documents++;
      await onDocument(r.doc);
    } else failures.push(r.failure);
  }
  return { documents, failures };
}

export function toFailure(e: unknown, label = "?"): BatchFailure {
  if (e instanceof InputError) return { input: e.input, code: e.code, reason: e.message.slice(e.input.length + 2) };
  const err = e as Error;
  return { input: label, code: "internal", reason: err?.message ?? String(e) };
}

/** Progress on stderr only when a person is watching. */
export function progressReporter(quiet: boolean): (done: number, total: number) => void {
  if (quiet || !process.stderr.isTTY) return () => {};
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done !== total && now - last < 200) return;
    last = now;
    process.stderr.write(`\rzhpress: ${done}/${total} inputs${done === total ? "\n" : ""}`);
  };
}

export function reportFailures(failures: BatchFailure[]): void {
  for (const f of failures) process.stderr.write(`zhpress: ${f.input}: ${f.reason}\n`);
}
