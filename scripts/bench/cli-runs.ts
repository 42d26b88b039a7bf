// End-to-end runs of the real executable, each in a fresh process: wall time and peak RSS.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { median } from "./stages.js";

export interface CliTiming {
  runsMs: number[];
  medianMs: number;
  /** peak RSS of the whole process (main thread + workers), median over runs */
  peakRssMB: number;
  runsRssMB: number[];
  /** user + system CPU of the whole process, median over runs: steadier than wall time on a busy machine */
  cpuMs: number;
}

export interface CliCommand {
  /** node flags: the RSS probe, and tsx when running from source */
  preload: string[];
  entry: string;
  /** run `entry args` as given instead of `entry extract args --quiet` (the anchors) */
  raw?: boolean;
  /** a command that starts node, e.g. ["taskset", "-c", "0-1"] to run unpinned */
  wrap?: string[];
}

/** How to start the CLI: the build when the bench runs built, the sources (via tsx) when it runs from source. */
export function cliCommand(repoRoot: string, fromSource: boolean): CliCommand {
  return fromSource
    ? { preload: ["--import", "tsx", "--import", join(repoRoot, "scripts/bench/rss-probe.ts")], entry: join(repoRoot, "src/cli/index.ts") }
    : { preload: ["--import", join(repoRoot, "dist/scripts/bench/rss-probe.js")], entry: join(repoRoot, "dist/src/cli/index.js") };
}

/**
 * One `zhpress extract DIR --quiet` run. Output goes to stdout piped to nothing: `--out /dev/null`
 * would make the atomic sink write a temp file in /dev and rename it over /dev/null.
 */
function runOnce(cmd: CliCommand, args: string[], rssFile: string): Promise<{ ms: number; rssMB: number; cpuMs: number }> {
  rmSync(rssFile, { force: true });
  const argv = cmd.raw ? [...cmd.preload, cmd.entry, ...args] : [...cmd.preload, cmd.entry, "extract", ...args, "--quiet"];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd.wrap?.[0] ?? process.execPath, [...(cmd.wrap ? [...cmd.wrap.slice(1), process.execPath] : []), ...argv], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, ZHPRESS_BENCH_RSS_FILE: rssFile },
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      // exit 1 = some inputs failed: still a timing, the failures are printed for the reader
      if (code !== 0 && code !== 1)
        return reject(new Error(`${cmd.raw ? cmd.entry : "zhpress extract"} ${args.join(" ")} exited ${code}: ${stderr.slice(0, 500)}`));
      if (code === 1)
        process.stderr.write(`bench: some inputs failed in ${args.join(" ")}:\n${stderr.split("\n").slice(0, 5).join("\n")}\n`);
      const probe = existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, "utf8")) : { maxRssKB: NaN, cpuUs: NaN };
      resolve({ ms, rssMB: probe.maxRssKB / 1024, cpuMs: probe.cpuUs / 1000 });
    });
  });
}

export interface CliRun {
  cmd: CliCommand;
  args: string[];
}

/**
 * Each command once per turn, `runs` turns, and each command's medians: this VM's speed drifts by up to 1.5× within
 * an hour, and a slow minute that fell on one command's runs in a row moved its ratio to the others (the same tree
 * read 2.70× and 1.84× the naive pipeline in two consecutive benches); in turns, a drift falls on every command alike.
 */
export async function timeInTurns(commands: CliRun[], runs: number, scratch: string): Promise<CliTiming[]> {
  const taken = commands.map(() => ({ ms: [] as number[], rssMB: [] as number[], cpuMs: [] as number[] }));
  for (let i = 0; i < runs; i++)
    for (const [k, { cmd, args }] of commands.entries()) {
      const r = await runOnce(cmd, args, join(scratch, "rss.json"));
      taken[k].ms.push(r.ms);
      taken[k].rssMB.push(r.rssMB);
      taken[k].cpuMs.push(r.cpuMs);
    }
  return taken.map((t) => ({
    runsMs: t.ms,
    medianMs: median(t.ms),
    peakRssMB: median(t.rssMB),
    runsRssMB: t.rssMB,
    cpuMs: median(t.cpuMs),
  }));
}
