// A full garbage collection every few hundred documents keeps a long batch's memory flat. Measured on
// this 2-core machine while shared, 8,000 pages in one process: 282 MB peak RSS without it, 267 MB with it
// (2,000 pages: 264 MB either way), at the same CPU time within the noise. Most of the growth once blamed
// on the collector was the output held until the batch ended (batch.ts, TURN_EVERY). A collection of ~30 MB
// live data takes ~20–40 ms: a few per thousand pages.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** documents between two collections */
export const COLLECT_EVERY = 500;

let gc: (() => void) | null = null;

function collector(): () => void {
  if (gc === null) {
    // the documented way to reach gc() without starting node with --expose-gc: the flag applies to new contexts
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  return gc;
}

/** Counts a finished document; every COLLECT_EVERY documents, collects garbage. */
export function heapKeeper(): () => void {
  let since = 0;
  return () => {
    if (++since < COLLECT_EVERY) return;
    since = 0;
    collector()();
  };
}
