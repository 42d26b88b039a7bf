// One pool worker: extracts each input it is sent and posts back the document or the failure, one message
// per document. The segmenter's dictionaries load before the first document (a worker is started for a batch,
// which will need them), so no document's time budget pays for them; lexicons load when first needed.
import { parentPort, workerData } from "node:worker_threads";
import { labelOf } from "../input/index.js";
import { readInput } from "../input/index.js";
import { loadSegmenter } from "../extract/index.js";
import { extractFromBytes } from "../pipeline.js";
import { toFailure } from "./batch.js";
import { Extracting } from "./extracting.js";
import { heapKeeper } from "./heap.js";
import type { ResultMessage, TaskMessage, WorkerStart } from "./workers.js";

const { opts, extracting: memory } = workerData as WorkerStart;
const extracting = new Extracting(memory);
const port = parentPort!;
const keepHeapFlat = heapKeeper();
try {
  // tasks that arrive meanwhile wait in the port's queue: their clocks start when each is taken
  loadSegmenter();
} catch {
  // a segmenter that cannot load fails again on the first document that needs it, naming that input
}

port.on("message", async ({ id, ref }: TaskMessage) => {
  let result: ResultMessage;
  try {
    const loaded = await readInput(ref, opts);
    // the budget counts from here: the pool's watchdog stops this worker if the document outlasts it
    extracting.begin(id);
    result = { id, ok: true, json: JSON.stringify(extractFromBytes(loaded, opts.docTimeoutMs)) };
  } catch (e) {
    result = { id, ok: false, failure: toFailure(e, labelOf(ref)) };
  } finally {
    extracting.end();
  }
  port.postMessage(result);
  keepHeapFlat();
});
