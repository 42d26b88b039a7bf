// How soon V8 optimizes a function, for the zhpress executable only (cli/index.ts calls tuneTierUp before
// anything runs; the library API leaves the host process as it is). A batch runs hundreds of distinct functions (page reader,
// normalizer, some forty scanners) over short texts. With V8's default budget TurboFan optimizes many of
// them early, on feedback from a few pages, and compiles them again after each deoptimization: on 2,000
// bench pages that was ~485 compilations, about 2 CPU-s on V8's background threads — a third of the run.
// Waiting ~7× longer before optimizing compiles fewer functions, each on steadier feedback. Measured in
// alternating runs on the bench pages, the output byte for byte the same: README "Performance".
// A node flag given on the command line (node --interrupt-budget=N …) wins.
import { setFlagsFromString } from "node:v8";

/** bytecode "ticks" before a function is considered for optimization; V8 11 (Node 20) defaults to 67,584 */
export const INTERRUPT_BUDGET = 500_000;

export function tuneTierUp(execArgv: readonly string[] = process.execArgv): boolean {
  if (execArgv.some((a) => a.startsWith("--interrupt-budget"))) return false;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return true;
}
