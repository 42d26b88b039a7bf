// Preloaded into a CLI run by the bench (node --import): on exit, the main thread writes the
// process's peak RSS and CPU time (all threads share one process, so both cover every worker).
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const target = process.env.ZHPRESS_BENCH_RSS_FILE;
if (target && isMainThread) {
  process.on("exit", () => {
    // maxRSS is in kilobytes on Linux and macOS
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKB: usage.maxRSS, cpuUs: usage.userCPUTime + usage.systemCPUTime }));
  });
}
