// Bench rows, the printed table, and the issue-6 targets checked against the numbers.
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
    r.name,
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

/** Issue 6's targets, each with the measured value and whether it is met. */
export function targets(rows: Row[], memory: Record<string, MemoryRow>): Target[] {
  const get = (name: string) => withRatios(rows).find((r) => r.name === name);
  const one = get("cli in-process");
  const two = get("cli --workers 2");
  const rss = Object.values(memory).flatMap((m) => [m.inProcessRssMB, m.workers2RssMB / 2]);
  const list: Target[] = [];
  if (one) list.push({ target: "end to end ≥ 600 pages/s per core (in-process)", value: one.pagesPerSec, met: one.pagesPerSec >= 600 });
  if (one?.floorRatio) list.push({ target: "end to end within 5× the floor per MB", value: one.floorRatio, met: one.floorRatio <= 5 });
  if (one && two)
    list.push({
      target: "--workers 2 scales ≥ 1.5×",
      value: round(two.pagesPerSec / one.pagesPerSec, 2),
      met: two.pagesPerSec / one.pagesPerSec >= 1.5,
    });
  // at 20,000 pages each worker's fixed start-up (nodejieba, warm-up) is spread over the run
  const big = memory["20000"];
  if (big) {
    const scale = big.workers2PagesPerSec / big.inProcessPagesPerSec;
    list.push({ target: "--workers 2 scales ≥ 1.5× (20,000 pages)", value: round(scale, 2), met: scale >= 1.5 });
    list.push({
      target: "end to end ≥ 600 pages/s per core (in-process, 20,000 pages)",
      value: big.inProcessPagesPerSec,
      met: big.inProcessPagesPerSec >= 600,
    });
  }
  if (rss.length) list.push({ target: "peak RSS per worker ≤ 400 MB", value: round(Math.max(...rss)), met: Math.max(...rss) <= 400 });
  return list;
}
