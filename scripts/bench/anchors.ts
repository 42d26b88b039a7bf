// What the bench measures zhpress against in the same run: the naive JS pipeline (scripts/bench/naive.ts),
// an empty `node -e 0`, and nodejieba's own load; and which CPUs the run may use.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import type { CliCommand } from "./cli-runs.js";

export interface CpuInfo {
  /** os.availableParallelism(): the CPUs this process may run on */
  availableParallelism: number;
  /** CPUs the machine has online */
  online: number;
  /** Cpus_allowed_list from /proc/self/status ("0-1"), or "" where there is none */
  allowedList: string;
  /** the bench itself is restricted to fewer CPUs than the machine has (taskset, a cpuset) */
  pinned: boolean;
  /** how worker runs are started so they may use every CPU; null when they cannot be unpinned */
  unpin: string[] | null;
}

function allowedList(): string {
  try {
    return /^Cpus_allowed_list:[ \t]*(\S.*)$/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1].trim() ?? "";
  } catch {
    return "";
  }
}

/** The CPUs of this run; when pinned, whether `taskset` can give a child every CPU (a cpuset may forbid it). */
export function cpuInfo(): CpuInfo {
  const online = cpus().length;
  const available = availableParallelism();
  const pinned = available < online;
  let unpin: string[] | null = [];
  if (pinned) {
    const wrap = ["taskset", "-c", `0-${online - 1}`];
    try {
      const seen = execFileSync(wrap[0], [...wrap.slice(1), process.execPath, "-p", "require('os').availableParallelism()"], {
        encoding: "utf8",
      });
      unpin = Number(seen.trim()) === online ? wrap : null;
    } catch {
      unpin = null;
    }
  }
  return { availableParallelism: available, online, allowedList: allowedList(), pinned, unpin };
}

export interface AnchorCommands {
  /** cheerio → opencc-js → nodejieba → regexes over a folder of pages */
  naive: CliCommand;
  /** `node -e 0`: what any Node process costs */
  nodeEmpty: CliCommand;
  /** nodejieba.load() alone, with zhpress's dictionaries */
  segmenterLoad: CliCommand;
}

export function anchorCommands(repoRoot: string, fromSource: boolean): AnchorCommands {
  const probe = fromSource
    ? ["--import", "tsx", "--import", join(repoRoot, "scripts/bench/rss-probe.ts")]
    : ["--import", join(repoRoot, "dist/scripts/bench/rss-probe.js")];
  const script = (name: string) =>
    fromSource ? join(repoRoot, `scripts/bench/${name}.ts`) : join(repoRoot, `dist/scripts/bench/${name}.js`);
  return {
    naive: { preload: probe, entry: script("naive"), raw: true },
    // from source (the bench's own test) this includes tsx; `npm run bench` runs built, without it
    nodeEmpty: { preload: probe, entry: "-e", raw: true },
    segmenterLoad: { preload: probe, entry: script("segmenter-load"), raw: true },
  };
}
