// One pool worker: extracts each input it is sent and posts back the document or the failure.
// Imports only the pipeline: a lexicon or segmenter loads when an extractor first needs it.
import { parentPort, workerData } from "node:worker_threads";
import { labelOf } from "../input/index.js";
import type { Options } from "../options.js";
import { extractInput } from "../pipeline.js";
import { toFailure } from "./batch.js";
import { heapKeeper } from "./heap.js";
import type { ResultMessage, TaskMessage } from "./workers.js";

const opts = (workerData as { opts: Options }).opts;
const port = parentPort!;
const keepHeapFlat = heapKeeper();

port.on("message", async ({ id, ref }: TaskMessage) => {
  let result: ResultMessage;
  try {
    result = { id, ok: true, json: JSON.stringify(await extractInput(ref, opts)) };
  } catch (e) {
    result = { id, ok: false, failure: toFailure(e, labelOf(ref)) };
  }
  port.postMessage(result);
  keepHeapFlat();
});
