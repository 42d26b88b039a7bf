// In-process measurements on pre-loaded inputs: the floor, each stage alone, and the whole pipeline.
// Each stage runs over the previous stage's outputs, computed once outside the timer.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { decodeBytes } from "../../src/decode/decode.js";
import { readPage } from "../../src/page/page.js";
import { normalizeText } from "../../src/normalize/index.js";
import { extractAll } from "../../src/extract/index.js";
import { mergeDocuments } from "../../src/merge/index.js";
import { extractFromBytes } from "../../src/pipeline.js";

export interface Timing {
  /** wall milliseconds of each run */
  runsMs: number[];
  medianMs: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export function timeRuns(runs: number, work: () => unknown): Timing {
  const runsMs: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    // keep the result reachable so the work cannot be optimized away
    sink += work() === undefined ? 0 : 1;
    runsMs.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink);
  return { runsMs, medianMs: median(runsMs) };
}

/** The runs of two timings of the same work, taken at different moments, as one timing. */
export const joinTimings = (a: Timing, b: Timing): Timing => {
  const runsMs = [...a.runsMs, ...b.runsMs];
  return { runsMs, medianMs: median(runsMs) };
};

export const listPages = (dir: string, ext: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));

// the floor's "one pass of a simple regex": project counts, the kind of pattern the extractors run
const FLOOR_PATTERN = /(?<count>\d+)个/g;
const utf8 = new TextDecoder("utf-8");

/** Reading every file, decoding it as UTF-8 and one regex pass: what no pipeline can beat. */
export function floor(files: string[]): number {
  let hits = 0;
  for (const f of files) {
    const text = utf8.decode(readFileSync(f));
    for (const _ of text.matchAll(FLOOR_PATTERN)) hits++;
  }
  return hits;
}

export type StageName = "decode" | "mainText" | "normalize" | "extract" | "merge" | "pipeline";

/**
 * Merge compares articles with each other, so its cost can grow faster than the batch: it runs on
 * the first MERGE_DOCS documents, and on half as many, so the JSON shows how it scales.
 */
export const MERGE_DOCS = 200;

export interface StageTimings {
  timings: Record<StageName, Timing>;
  /** documents the merge stage ran on */
  mergeDocs: number;
  /** merge time on half the documents and on all of them: a ratio near 4 means quadratic */
  mergeScaling: { docs: number; ms: number }[];
}

/** Each stage alone over pre-loaded inputs, `runs` times each. */
export function measureStages(files: string[], runs: number): StageTimings {
  const bytes = files.map((f) => readFileSync(f));
  const decoded = bytes.map((b) => decodeBytes(b, null));
  const pages = decoded.map((d) => readPage(d.text));
  const normalized = pages.map((p) => normalizeText(p.mainText));
  const contexts = normalized.map((n, i) => ({
    text: n.text,
    publishedAt: pages[i].publishedAt,
    blocked: n.garbled.filter((g) => g.repaired === null).map(({ start, end }) => ({ start, end })),
  }));
  const loaded = bytes.map((b, i) => ({ source: { path: files[i] }, label: files[i], bytes: b, contentType: null }));
  const docs = loaded.slice(0, MERGE_DOCS).map((l) => extractFromBytes(l));
  const half = docs.slice(0, Math.max(1, docs.length >> 1));
  // outputs are dropped as they are made: holding 2,000 of them would time the garbage collector instead
  const each =
    <T>(xs: T[], stage: (x: T) => unknown) =>
    () => {
      for (const x of xs) stage(x);
    };
  const timings = {
    decode: timeRuns(
      runs,
      each(bytes, (b) => decodeBytes(b, null)),
    ),
    mainText: timeRuns(
      runs,
      each(decoded, (d) => readPage(d.text)),
    ),
    normalize: timeRuns(
      runs,
      each(pages, (p) => normalizeText(p.mainText)),
    ),
    extract: timeRuns(
      runs,
      each(contexts, (c) => extractAll(c)),
    ),
    merge: timeRuns(runs, () => mergeDocuments(docs)),
    pipeline: timeRuns(
      runs,
      each(loaded, (l) => extractFromBytes(l)),
    ),
  };
  const mergeScaling = [half, docs].map((d) => ({ docs: d.length, ms: Math.round(timeRuns(1, () => mergeDocuments(d)).medianMs) }));
  return { timings, mergeDocs: docs.length, mergeScaling };
}
