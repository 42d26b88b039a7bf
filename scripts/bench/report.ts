// Bench rows, the printed table, the anchor ratios, and issue 14's targets checked against the numbers.
import type { Timing } from "./stages.js";

export interface Row {
  name: string;
  pages: number;
  bytes: number;
  medianMs: number;
  runsMs: number[];
  pagesPerSec: number;
  mbPerSec: number;
  /** how many times slower per MB than the floor (1 = the floor itself) */
  floorRatio?: number;
  peakRssMB?: number;
  /** pages per second of CPU time (CLI runs): the rate on an idle core, whatever else the machine runs */
  pagesPerCpuSec?: number;
  /** user + system CPU milliseconds of a CLI run, all threads */
  cpuMs?: number;
  /** extraction threads in the run (for per-core and per-worker figures) */
  threads?: number;
  /** why this row measures nothing useful (a worker row in a run pinned to one CPU) */
  invalid?: string;
}

const MB = 1024 * 1024;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function row(name: string, pages: number, bytes: number, t: Timing): Row {
  const s = t.medianMs / 1000;
  return {
    name,
    pages,
    bytes,
    medianMs: round(t.medianMs),
    runsMs: t.runsMs.map((m) => round(m)),
    pagesPerSec: round(pages / s),
    mbPerSec: round(bytes / MB / s, 2),
  };
}

/** The floor of the same corpus (html or text) divides every row: ratio = row time per MB / floor time per MB. */
export function withRatios(rows: Row[]): Row[] {
  const htmlFloor = rows.find((r) => r.name.startsWith("floor ("));
  const textFloor = rows.find((r) => r.name === "floor, text corpus");
  return rows.map((r) => {
    const f = r.name.includes("text") ? textFloor : htmlFloor;
    return f && !r.name.includes("start-up") ? { ...r, floorRatio: round(f.mbPerSec / r.mbPerSec, 2) } : r;
  });
}

/** one corpus size: peak RSS and end-to-end pages/s in one process and with 2 workers */
export interface MemoryRow {
  inProcessRssMB: number;
  workers2RssMB: number;
  inProcessPagesPerSec: number;
  workers2PagesPerSec: number;
}

export function printTable(rows: Row[], memory: Record<string, MemoryRow>): void {
  const out = (s: string) => process.stdout.write(s + "\n");
  const header = ["measure", "pages/s", "MB/s", "× floor", "pages/CPU-s", "peak RSS MB", "median ms"];
  // the start-up row is a latency: a rate over one page would only mislead
  const rate = (r: Row, v: number, digits: number) => (r.name.includes("start-up") ? "" : v.toFixed(digits));
  const cells = withRatios(rows).map((r) => [
    r.invalid ? `${r.name} (INVALID: ${r.invalid})` : r.name,
    rate(r, r.pagesPerSec, 0),
    rate(r, r.mbPerSec, 2),
    r.floorRatio?.toFixed(2) ?? "",
    r.pagesPerCpuSec === undefined ? "" : rate(r, r.pagesPerCpuSec, 0),
    r.peakRssMB === undefined ? "" : r.peakRssMB.toFixed(0),
    r.medianMs.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => "| " + c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join(" | ") + " |";
  out(line(header));
  out("|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|");
  cells.forEach((c) => out(line(c)));
  out("");
  out(
    "| corpus pages | peak RSS in-process MB | peak RSS 2 workers MB (whole process) | pages/s in-process | pages/s 2 workers | speed-up |",
  );
  out("|---:|---:|---:|---:|---:|---:|");
  for (const [pages, m] of Object.entries(memory))
    out(
      `| ${pages} | ${m.inProcessRssMB.toFixed(0)} | ${m.workers2RssMB.toFixed(0)} | ${m.inProcessPagesPerSec.toFixed(0)} | ${m.workers2PagesPerSec.toFixed(0)} | ${(m.workers2PagesPerSec / m.inProcessPagesPerSec).toFixed(2)}× |`,
    );
}

export interface Target {
  target: string;
  value: number;
  met: boolean;
}

/** zhpress against its anchors in the same run: how many times faster (>1) or larger. */
export interface AnchorRatios {
  /** naive wall / zhpress wall, 2,000 pages in one process */
  wallVsNaive: number;
  /** naive CPU / zhpress CPU */
  cpuVsNaive: number;
  /** one-page run wall / `node -e 0` wall, and peak RSS likewise */
  startupWallVsNode: number;
  startupRssVsNode: number;
  /** one-page run wall / nodejieba load alone (a fresh process that only loads it), and peak RSS likewise */
  startupWallVsSegmenter: number;
  startupRssVsSegmenter: number;
  /** the naive pipeline run with the executable's V8 budget (src/cli/tier-up.ts): its CPU / zhpress CPU, and wall */
  cpuVsNaiveSameBudget?: number;
  wallVsNaiveSameBudget?: number;
  /** zhpress CPU with V8's default budget / with its own: what the budget alone gives */
  cpuBudgetGain?: number;
}

export function anchorRatios(rows: Row[]): AnchorRatios | null {
  const get = (name: string) => rows.find((r) => r.name === name);
  const [one, naive, start, node, seg] = [
    "cli in-process",
    "naive JS pipeline (anchor)",
    "cli start-up (1 text page)",
    "start-up anchor: node -e 0",
    "start-up anchor: nodejieba load",
  ].map(get);
  if (!one || !naive || !start || !node || !seg) return null;
  const [naiveBudget, defaultBudget] = ["naive JS pipeline, zhpress's V8 budget", "cli in-process, V8's default budget"].map(get);
  return {
    wallVsNaive: round(naive.medianMs / one.medianMs, 2),
    cpuVsNaive: round(naive.cpuMs! / one.cpuMs!, 2),
    startupWallVsNode: round(start.medianMs / node.medianMs, 2),
    startupRssVsNode: round(start.peakRssMB! / node.peakRssMB!, 2),
    startupWallVsSegmenter: round(start.medianMs / seg.medianMs, 2),
    startupRssVsSegmenter: round(start.peakRssMB! / seg.peakRssMB!, 2),
    ...(naiveBudget && {
      cpuVsNaiveSameBudget: round(naiveBudget.cpuMs! / one.cpuMs!, 2),
      wallVsNaiveSameBudget: round(naiveBudget.medianMs / one.medianMs, 2),
    }),
    ...(defaultBudget && { cpuBudgetGain: round(defaultBudget.cpuMs! / one.cpuMs!, 2) }),
  };
}

/** Issue 14's targets, each with the measured value and whether it is met; invalid rows are left out. */
export function targets(rows: Row[], memory: Record<string, MemoryRow>): Target[] {
  const valid = withRatios(rows).filter((r) => !r.invalid);
  const get = (name: string) => valid.find((r) => r.name === name);
  const one = get("cli in-process");
  const two = get("cli --workers 2");
  const start = get("cli start-up (1 text page)");
  const ratios = anchorRatios(rows);
  const list: Target[] = [];
  const add = (target: string, value: number, met: boolean) => list.push({ target, value: round(value, 2), met });
  if (ratios) {
    add("≥ 3× the naive JS pipeline, wall", ratios.wallVsNaive, ratios.wallVsNaive >= 3);
    add("≥ 3× the naive JS pipeline, CPU", ratios.cpuVsNaive, ratios.cpuVsNaive >= 3);
  }
  if (one?.floorRatio) add("end to end ≤ 12× the floor per MB", one.floorRatio, one.floorRatio <= 12);
  if (start) {
    add("one page ≤ 1.2 s wall", start.medianMs / 1000, start.medianMs <= 1200);
    add("one page ≤ 250 MB peak RSS", start.peakRssMB!, start.peakRssMB! <= 250);
  }
  const base = Object.values(memory)[0];
  for (const pages of ["8000", "20000"]) {
    const m = memory[pages];
    if (!m || !base) continue;
    const growth = m.inProcessRssMB / base.inProcessRssMB - 1;
    add(`peak RSS at ${pages} pages within 10% of the smallest run (growth)`, growth, growth <= 0.1);
  }
  const at8000 = memory["8000"];
  if (at8000 && two) {
    const scale = at8000.workers2PagesPerSec / at8000.inProcessPagesPerSec;
    add("--workers 2 ≥ 1.5× one process at 8,000 pages", scale, scale >= 1.5);
  } else if (one && two)
    add("--workers 2 ≥ 1.5× one process (default corpus)", two.pagesPerSec / one.pagesPerSec, two.pagesPerSec >= 1.5 * one.pagesPerSec);
  return list;
}
