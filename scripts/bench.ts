// `npm run bench`: the floor, each stage alone, `zhpress extract` end to end (in-process and with 2
// workers) and its anchors in the same run (the naive JS pipeline on the same pages, `node -e 0`,
// nodejieba's load) on a deterministic corpus of ~30 KB pages; medians of several runs, printed and as JSON.
//   --quick        50 pages, 1 run (CI: proves the harness works)     --pages N   corpus size
//   --full         + memory check at 8,000 and 20,000 pages           --runs N    runs per measure
//   --dir D        bench folder (default .bench)                      --json F    also write the result here
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { anchorCommands, cpuInfo, type CpuInfo } from "./bench/anchors.js";
import { INTERRUPT_BUDGET } from "../src/cli/tier-up.js";
import { cliCommand, timeInTurns, type CliCommand, type CliRun, type CliTiming } from "./bench/cli-runs.js";
import { ensureCorpus, GENERATOR_VERSION, type BenchCorpus } from "./bench/corpus.js";
import { floor, joinTimings, listPages, measureStages, timeRuns, type Timing } from "./bench/stages.js";
import { anchorRatios, printTable, row, targets, withRatios, type MemoryRow, type Row } from "./bench/report.js";
import { measureScaling, printScaling, SCALING_SIZES, scalingSpread } from "./bench/scaling.js";

const fromSource = import.meta.url.endsWith(".ts");
const repoRoot = fileURLToPath(new URL(fromSource ? ".." : "../..", import.meta.url));

interface BenchArgs {
  quick: boolean;
  full: boolean;
  pages: number;
  runs: number;
  dir: string;
  json: string | null;
}

function parseArgs(argv: string[]): BenchArgs {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes("--quick");
  const count = (flag: string, fallback: number) => {
    const v = value(flag);
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} wants a positive whole number, got "${v}"`);
    return n;
  };
  return {
    quick,
    full: argv.includes("--full"),
    pages: count("--pages", quick ? 50 : 2000),
    runs: count("--runs", quick ? 1 : 3),
    dir: value("--dir") ?? join(repoRoot, ".bench"),
    json: value("--json") ?? null,
  };
}

async function cliRows(
  corpus: BenchCorpus,
  args: BenchArgs,
  scratch: string,
  cpu: CpuInfo,
): Promise<{ rows: Row[]; timings: Record<string, CliTiming> }> {
  const cmd = cliCommand(repoRoot, fromSource);
  const anchors = anchorCommands(repoRoot, fromSource);
  const firstText = listPages(corpus.textDir, ".txt")[0];
  const runs: Record<string, CliRun> = {
    // the anchor on the same pages, in the same run: the ratio is measured, not remembered
    "naive JS pipeline (anchor)": { cmd: anchors.naive, args: [corpus.htmlDir] },
    // --workers 0: the default ("auto") would pick workers for a large corpus
    "cli in-process": { cmd, args: [corpus.htmlDir, "--workers", "0"] },
    // what the executable's tier-up budget (src/cli/tier-up.ts) gives, each way round, in the same run
    "cli in-process, V8's default budget": { cmd: withBudget(cmd, V8_DEFAULT_BUDGET), args: [corpus.htmlDir, "--workers", "0"] },
    "naive JS pipeline, zhpress's V8 budget": { cmd: withBudget(anchors.naive, INTERRUPT_BUDGET), args: [corpus.htmlDir] },
    "cli --workers 2": { cmd: workersCommand(cmd, cpu), args: [corpus.htmlDir, "--workers", "2"] },
    "cli text in-process": { cmd, args: [corpus.textDir, "--workers", "0"] },
    // one short page: what a run pays before the first article (module load, lexicons, segmenter)
    "cli start-up (1 text page)": { cmd, args: [firstText, "--workers", "0"] },
    "start-up anchor: node -e 0": { cmd: anchors.nodeEmpty, args: ["0"] },
    "start-up anchor: nodejieba load": { cmd: anchors.segmenterLoad, args: [] },
  };
  // in turns: every row's runs spread over the same minutes
  const taken = await timeInTurns(Object.values(runs), args.runs, scratch);
  const timings: Record<string, CliTiming> = Object.fromEntries(Object.keys(runs).map((name, i) => [name, taken[i]]));
  const rows = Object.entries(timings).map(([name, t]) => {
    const startup = name.includes("start-up");
    const bytes = startup ? 1 : name.includes("text") ? corpus.textBytes : corpus.htmlBytes;
    const workers = name.includes("workers 2");
    return {
      ...row(name, startup ? 1 : corpus.pages, bytes, t),
      peakRssMB: t.peakRssMB,
      cpuMs: Math.round(t.cpuMs),
      pagesPerCpuSec: startup ? undefined : Math.round(corpus.pages / (t.cpuMs / 1000)),
      threads: workers ? 2 : 1,
      ...(workers && !workersValid(cpu) ? { invalid: `pinned to CPUs ${cpu.allowedList} and cannot unpin` } : {}),
    };
  });
  return { rows, timings };
}

/** V8 11's (Node 20's) own interrupt budget, given on the command line, which the executable respects */
const V8_DEFAULT_BUDGET = 67_584;
const withBudget = (cmd: CliCommand, budget: number): CliCommand => ({ ...cmd, preload: [`--interrupt-budget=${budget}`, ...cmd.preload] });

/** Worker runs may use every CPU: started through taskset when the bench itself is pinned. */
function workersCommand(cmd: CliCommand, cpu: CpuInfo): CliCommand {
  return cpu.pinned && cpu.unpin?.length ? { ...cmd, wrap: cpu.unpin } : cmd;
}
const workersValid = (cpu: CpuInfo) => cpu.online >= 2 && (!cpu.pinned || cpu.unpin !== null);

/** Peak RSS and pages/s at larger corpora (--full): memory must stay flat, workers must pay off. */
async function memoryCheck(args: BenchArgs, scratch: string, atDefault: Row[], cpu: CpuInfo): Promise<Record<string, MemoryRow>> {
  const at = (name: string) => atDefault.find((r) => r.name === name)?.peakRssMB ?? NaN;
  const pagesAt = (name: string) => atDefault.find((r) => r.name === name)?.pagesPerSec ?? NaN;
  const memory: Record<string, MemoryRow> = {
    [args.pages]: {
      inProcessRssMB: at("cli in-process"),
      workers2RssMB: at("cli --workers 2"),
      inProcessPagesPerSec: pagesAt("cli in-process"),
      workers2PagesPerSec: pagesAt("cli --workers 2"),
    },
  };
  if (!args.full) return memory;
  const cmd = cliCommand(repoRoot, fromSource);
  for (const pages of [8_000, 20_000]) {
    const big = ensureCorpus(repoRoot, args.dir, pages);
    // in turns, as many as the other rows at 8,000 pages (the workers' target is read there); one pair at 20,000,
    // which takes a minute or more a run, for its memory (RSS barely varies between runs)
    const [one, two] = await timeInTurns(
      [
        { cmd, args: [big.htmlDir, "--workers", "0"] },
        { cmd: workersCommand(cmd, cpu), args: [big.htmlDir, "--workers", "2"] },
      ],
      pages === 8_000 ? args.runs : 1,
      scratch,
    );
    const pps = (t: CliTiming) => Math.round(pages / (t.medianMs / 1000));
    memory[pages] = {
      inProcessRssMB: one.peakRssMB,
      workers2RssMB: two.peakRssMB,
      inProcessPagesPerSec: pps(one),
      workers2PagesPerSec: pps(two),
    };
  }
  return memory;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  mkdirSync(args.dir, { recursive: true });
  const corpus = ensureCorpus(repoRoot, args.dir, args.pages);
  const say = (s: string) => process.stderr.write(`bench: ${s}\n`);
  say(
    `${corpus.pages} pages (${(corpus.htmlBytes / corpus.pages / 1024).toFixed(1)} KB avg, ${corpus.source}${corpus.regenerated ? ", generated now" : ""}) in ${corpus.htmlDir}`,
  );
  const cpu = cpuInfo();
  say(
    `CPUs: ${cpu.availableParallelism} available of ${cpu.online} online (allowed ${cpu.allowedList || "?"})${cpu.pinned ? (cpu.unpin ? ", pinned: worker runs unpinned with taskset" : ", pinned: worker rows invalid") : ""}`,
  );
  // two workers can only beat one process when two CPUs are free: on a busy machine their rows measure the load
  const loadAtStart = loadavg()[0];
  if (loadAtStart >= cpu.online)
    say(`load average ${loadAtStart.toFixed(1)} on ${cpu.online} CPUs: the machine is busy, the worker rows measure the load`);
  const html = listPages(corpus.htmlDir, ".html");
  const text = listPages(corpus.textDir, ".txt");

  floor(html); // warm the page cache so the floor measures reading, not the disk
  const floorBefore: Timing = timeRuns(args.runs, () => floor(html));
  const floorText: Timing = timeRuns(args.runs, () => floor(text));
  say("floor done; stages…");
  const stages = measureStages(html, args.runs);
  say("stages done; CLI runs…");
  const cli = await cliRows(corpus, args, args.dir, cpu);
  // the floor again after the runs it divides: one slow moment of the VM (it read 273 ms and 463 ms in two runs
  // ten minutes apart) then moves one of its two samples, not every "× floor"
  const floorTiming = joinTimings(
    floorBefore,
    timeRuns(args.runs, () => floor(html)),
  );
  const rows: Row[] = withRatios([
    row("floor (read+decode+regex)", corpus.pages, corpus.htmlBytes, floorTiming),
    row("floor, text corpus", corpus.pages, corpus.textBytes, floorText),
    ...Object.entries(stages.timings).map(([name, t]) =>
      name === "merge"
        ? row("stage merge", stages.mergeDocs, (corpus.htmlBytes / corpus.pages) * stages.mergeDocs, t)
        : row(`stage ${name}`, corpus.pages, corpus.htmlBytes, t),
    ),
    ...cli.rows,
  ]);
  const memory = await memoryCheck(args, args.dir, cli.rows, cpu);
  // size scaling: --quick stops at 100 KB; --scaling-max-mb N stops at N MB
  const maxMB = Number(process.argv.includes("--scaling-max-mb") ? process.argv[process.argv.indexOf("--scaling-max-mb") + 1] : 10);
  const scaling = measureScaling(
    repoRoot,
    SCALING_SIZES.filter((b) => b <= (args.quick ? 100_000 : maxMB * 1e6)),
    say,
    args.runs,
  );
  printTable(rows, memory);
  const ratios = anchorRatios(rows);
  if (ratios) process.stdout.write(`\nanchors: ${JSON.stringify(ratios)}\n`);
  for (const t of targets(rows, memory)) process.stdout.write(`${t.met ? "met    " : "NOT MET"} ${t.target}: ${t.value}\n`);
  process.stdout.write(`\nmerge scaling: ${stages.mergeScaling.map((m) => `${m.docs} docs ${m.ms} ms`).join(", ")}\n`);
  printScaling(scaling);

  const result = {
    generator: GENERATOR_VERSION,
    at: new Date().toISOString(),
    node: process.version,
    cores: availableParallelism(),
    cpu,
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    mode: args.quick ? "quick" : args.full ? "full" : "default",
    runs: args.runs,
    corpus: { pages: corpus.pages, htmlBytes: corpus.htmlBytes, textBytes: corpus.textBytes, source: corpus.source },
    rows,
    stages: Object.fromEntries(rows.filter((r) => r.name.startsWith("stage ")).map((r) => [r.name.slice(6), r])),
    mergeScaling: stages.mergeScaling,
    sizeScaling: { rows: scaling, spread: scalingSpread(scaling) },
    memory,
    anchors: anchorRatios(rows),
    targets: targets(rows, memory),
    caveat: "medians of wall time on a shared machine; compare ratios to the floor rather than raw numbers",
  };
  const json = JSON.stringify(result, null, 2) + "\n";
  writeFileSync(join(args.dir, "bench-result.json"), json);
  if (args.json) writeFileSync(args.json, json);
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
