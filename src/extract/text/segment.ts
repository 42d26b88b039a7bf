// A shared service, not an extractor: nodejieba behind a lazy door: its dictionaries cost ~0.2 s and ~110 MB, so they load on the
// first cut (never for a page with no candidate) unless they were asked for ahead (prepareSegmenter: built on
// a background thread while the program loads: the executable does this first for extract and run), callers cut only short windows around a candidate, and
// identical windows (the same 开发区 or title context on every page) are cut once. A main dictionary
// trimmed by frequency was tried and rejected: at ≥5 it saves ~150 MB but loses 习近平/nrfg (4) and
// 现代农业 (3), changing seeds results; at ≥3 output stays but it saves only ~25 MB.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nodejieba, { type LoadOptions } from "nodejieba";

export interface Token {
  word: string;
  /** jieba part of speech: nr person, ns place, x unknown (often an out-of-vocabulary name) … */
  tag: string;
  start: number;
  end: number;
}

export interface SegmenterStats {
  /** segment() calls, memoized or not */
  calls: number;
  /** windows nodejieba actually cut */
  cuts: number;
  /** time spent in nodejieba.load (building, or waiting for a background build), 0 while not loaded */
  loadMs: number;
}

// The memo below is a cache of a pure function (window → tokens), shared by every article; it holds no
// article's state and changes no result. Windows are ≤ 12 characters and repeat across pages; 4,096 of them stay well under 1 MB
const CACHE_LIMIT = 4096;
/** the titles as a user dictionary, one "title x" per line (scripts/gen-jieba-titles.ts) */
export const TITLES_DICT = "jieba-titles.generated.utf8";
const cache = new Map<string, readonly Token[]>();
const stats: SegmenterStats = { calls: 0, cuts: 0, loadMs: 0 };
let loaded = false;

/**
 * src/data as shipped: beside this module under src/ (vitest, tsx) or four levels up from
 * dist/src/extract/text (package.json "files" ships src/data next to dist).
 */
function dataFile(name: string): string | undefined {
  for (const dir of ["../../data/", "../../../../src/data/"]) {
    const path = fileURLToPath(new URL(dir + name, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Our dictionaries: nodejieba's, with our titles as user words and small keyword files. */
function dictionaries(): LoadOptions {
  // titles as user words (tagged x, as insertWord would), so a segmenter never glues a title's tail onto a
  // name; given to load, not inserted after it, so the process's worker threads share one dictionary
  // (patches/nodejieba+*.patch); it ships with the code, and without it names would be read wrong
  const titles = dataFile(TITLES_DICT);
  if (titles === undefined) throw new Error(`the segmenter's title dictionary ${TITLES_DICT} is missing from src/data`);
  // we never extract keywords: one-line idf and stop-word files instead of nodejieba's 6 MB idf table
  // (missing files fall back to nodejieba's own, so the segmenter works either way)
  return {
    userDict: `${nodejieba.DEFAULT_USER_DICT}|${titles}`,
    idfDict: dataFile("jieba-idf.utf8"),
    stopWordDict: dataFile("jieba-stop-words.utf8"),
  };
}

function jieba(): typeof nodejieba {
  if (!loaded) {
    const t0 = performance.now();
    // waits for a build prepareSegmenter started, or builds here
    nodejieba.load(dictionaries());
    loaded = true;
    stats.loadMs = performance.now() - t0;
  }
  return nodejieba;
}

/** Starts building the dictionaries on a background thread and returns at once: a program that will cut calls
 * this first, so the build (~0.3 s) overlaps its own start-up; the first cut waits for what is left, and an
 * exit before then stops the build. */
export function prepareSegmenter(): void {
  // a node_modules installed before the patch gained it (npm ci again brings it): the first cut loads as before
  if (!loaded && typeof nodejieba.loadInBackground === "function") nodejieba.loadInBackground(dictionaries());
}

/** Loads the dictionaries now, not on the first cut: a pool worker does this before its first document, so
 * that document's time budget is not spent on the segmenter (about 0.3 s quiet, several seconds on a busy machine). */
export function loadSegmenter(): void {
  jieba();
}

/** true once nodejieba's dictionaries are in memory (a page with no candidate never loads them). */
export function segmenterLoaded(): boolean {
  return loaded;
}

/** Calls, real cuts and load time so far in this process (or worker). */
export function segmenterStats(): SegmenterStats {
  return { ...stats };
}

/** Tagged tokens of a short window, with offsets relative to the window. Callers must not mutate them. */
export function segment(window: string): readonly Token[] {
  stats.calls++;
  const hit = cache.get(window);
  if (hit) {
    // refresh: a Map iterates in insertion order, so the first key is the least recently used
    cache.delete(window);
    cache.set(window, hit);
    return hit;
  }
  stats.cuts++;
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba().tag(window)) {
    tokens.push(Object.freeze({ word, tag, start: at, end: at + word.length }));
    at += word.length;
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(window, Object.freeze(tokens));
  return tokens;
}
