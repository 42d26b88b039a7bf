// Work the zhpress executable starts before it loads the rest of itself. `extract`, `run` and the queue's
// `worker` read pages, and nearly every batch has a page that needs the segmenter, whose dictionary takes
// ~0.3 s to build: started here, on a background thread, the build overlaps the ~150 ms the program's
// modules take to load instead of starting after them, so the first page that needs it waits that much
// less. A process that ends before it is needed (a usage error, no readable input) stops the build at exit
// (patches/nodejieba).
import { prepareSegmenter } from "../extract/text/segment.js";

/** the commands that extract pages (`check` given inputs rather than a dataset starts it in extractBatch) */
const READS_PAGES = new Set(["extract", "run", "worker"]);

/** true when `argv` (without node and the script) runs a command that reads pages, and not its help */
export function readsPages(argv: readonly string[]): boolean {
  // commander's only options before a command are --help and --version, which run nothing
  const command = argv.find((a) => !a.startsWith("-"));
  return command !== undefined && READS_PAGES.has(command) && !argv.some((a) => a === "-h" || a === "--help");
}

export function headStart(argv: readonly string[]): void {
  if (readsPages(argv)) prepareSegmenter();
}
