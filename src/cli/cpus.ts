// How many CPUs this process may really use: its affinity (taskset, a cpuset: os.availableParallelism()
// reads it) and a cgroup v2 CPU quota (a container given 1.5 CPUs of a 16-core host), whichever is fewer.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";

/** CPUs allowed by a cgroup v2 quota ("150000 100000" in cpu.max is 1.5 CPUs), or null when there is none. */
export function quotaCpus(cpuMax: string | null): number | null {
  const m = cpuMax === null ? null : /^(\d+)\s+(\d+)\s*$/.exec(cpuMax);
  if (m === null || Number(m[2]) === 0) return null;
  return Number(m[1]) / Number(m[2]);
}

function readCpuMax(): string | null {
  try {
    return readFileSync("/sys/fs/cgroup/cpu.max", "utf8");
  } catch {
    return null;
  }
}

/** at least 1: the CPUs of this process's affinity, rounded down to its cgroup's quota */
export function usableCpus(affinity: number = availableParallelism(), cpuMax: string | null = readCpuMax()): number {
  const quota = quotaCpus(cpuMax);
  return Math.max(1, quota === null ? affinity : Math.min(affinity, Math.floor(quota)));
}
