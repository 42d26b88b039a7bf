// One pool worker: extracts each input it is sent and posts back the document or the failure.
// Imports only the pipeline: a lexicon or segmenter loads when an extractor first needs it.
import { parentPort, workerData } from "node:worker_threads";
import { labelOf } from "../input/index.js";
import type { Options } from "../options.js";
import { readInput } from "../input/index.js";
import { extractFromBytes } from "../pipeline.js";
import { toFailure } from "./batch.js";
import { heapKeeper } from "./heap.js";
import type { ResultMessage, StartedMessage, TaskMessage } from "./workers.js";

const opts = (workerData as { opts: Options }).opts;
const port = parentPort!;
const keepHeapFlat = heapKeeper();

port.on("message", async ({ id, ref }: TaskMessage) => {
  let result: ResultMessage;
  try {
    const loaded = await readInput(ref, opts);
    // the budget counts from here: the pool terminates this worker if the document outlasts it
    port.postMessage({ id, started: true } satisfies StartedMessage);
    result = { id, ok: true, json: JSON.stringify(extractFromBytes(loaded, opts.docTimeoutMs)) };
  } catch (e) {
    result = { id, ok: false, failure: toFailure(e, labelOf(ref)) };
  }
  port.postMessage(result);
  keepHeapFlat();
});
