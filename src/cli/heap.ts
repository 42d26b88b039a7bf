// A full garbage collection every few hundred documents keeps a long batch's memory flat. Measured on
// this 2-core machine while shared: V8's concurrent marker, starved of CPU, let old space fill with
// promoted garbage (live data stays ~30 MB), so peak RSS grew 378 MB → 620 MB from 2,000 to 8,000 pages,
// and every new page of heap costs a page fault (~14 µs in this VM). A collection of ~30 MB live data
// takes ~20–40 ms: a few per thousand pages, well under the faults and the GC work it saves.
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
