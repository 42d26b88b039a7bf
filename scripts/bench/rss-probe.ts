// Preloaded into a CLI run by the bench (node --import): on exit, the main thread writes the
// process's peak RSS and CPU time (all threads share one process, so both cover every worker).
// Peak RSS is VmHWM from /proc/self/status, not resourceUsage().maxRSS: Linux carries ru_maxrss across
// fork+exec, so a child of a large parent (the bench holds 2,000 pages in memory) reports the parent's
// RSS at fork as its own peak — measured: a `node -e 0` child of a 300 MB parent "peaks" at 311 MB.
import { readFileSync, writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

function peakRssKB(): number {
  try {
    const hwm = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]);
  } catch {
    // no /proc (macOS): fall back to getrusage, in kilobytes on Linux and macOS
  }
  return process.resourceUsage().maxRSS;
}

const target = process.env.ZHPRESS_BENCH_RSS_FILE;
if (target && isMainThread) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKB: peakRssKB(), cpuUs: usage.userCPUTime + usage.systemCPUTime }));
  });
}
