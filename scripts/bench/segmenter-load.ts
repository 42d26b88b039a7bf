// Prints, as one JSON line, what loading nodejieba costs this process: RSS growth and wall time of
// load() with the dictionaries zhpress uses. Run in a fresh process (the bench, and the test that the
// patched load builds the dictionary once: patches/nodejieba+*.patch).
import { fileURLToPath } from "node:url";
import nodejieba from "nodejieba";

const data = (name: string) =>
  fileURLToPath(new URL(`../../${import.meta.url.includes("/dist/") ? "../" : ""}src/data/${name}`, import.meta.url));

export interface SegmenterLoad {
  rssBeforeMB: number;
  rssAfterMB: number;
  growthMB: number;
  /** the process's peak RSS once loaded: above rssAfterMB by what load() held only while building */
  peakMB: number;
  loadMs: number;
}

export function measureSegmenterLoad(): SegmenterLoad {
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  nodejieba.load({ idfDict: data("jieba-idf.utf8"), stopWordDict: data("jieba-stop-words.utf8") });
  const loadMs = performance.now() - t0;
  const after = process.memoryUsage().rss;
  const peak = process.resourceUsage().maxRSS * 1024;
  const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;
  return { rssBeforeMB: mb(before), rssAfterMB: mb(after), growthMB: mb(after - before), peakMB: mb(peak), loadMs: Math.round(loadMs) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(JSON.stringify(measureSegmenterLoad()));
