// What the segmenter costs: nodejieba's load time and RSS, segment() calls per page and how many
// reach nodejieba, and the extract stage's time, over corpus articles, seeds and bench pages.
//   node dist/scripts/bench/segment-cost.js [--pages N]     the numbers
//   node dist/scripts/bench/segment-cost.js --hashes        one hash of people/zones/figures per page,
//                                                           to prove a segmenter change altered nothing
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { decodeBytes } from "../../src/decode/decode.js";
import { readPage } from "../../src/page/page.js";
import { normalizeText } from "../../src/normalize/index.js";
import { extractAll } from "../../src/extract/index.js";
import { segmenterLoaded, segmenterStats } from "../../src/extract/text/segment.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const listDir = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f))
    : [];
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

const files = [
  ...listDir("corpus/articles", ".html"),
  ...listDir("corpus/articles", ".txt"),
  ...listDir("../shared/seeds", ".txt"),
  ...listDir(".bench/html", ".html").slice(0, arg("--pages", 2000)),
];
// decode, main text and normalize first, so the timed loop is the extract stage alone
const pages = files.map((file) => {
  const page = readPage(decodeBytes(readFileSync(file)).text);
  const norm = normalizeText(page.mainText);
  const blocked = norm.garbled.filter((g) => g.repaired === null).map(({ start, end }) => ({ start, end }));
  return { file, ctx: { text: norm.text, publishedAt: page.publishedAt, blocked } };
});

const rssBefore = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let pagesWithCuts = 0;
for (const { file, ctx } of pages) {
  const cutsBefore = segmenterStats().cuts;
  const found = extractAll(ctx);
  if (segmenterStats().cuts > cutsBefore) pagesWithCuts++;
  if (process.argv.includes("--hashes")) {
    const facts = JSON.stringify([found.people, found.zones, found.figures]);
    console.log(`${createHash("sha1").update(facts).digest("hex").slice(0, 16)} ${file}`);
  }
}
const ms = performance.now() - t0;
const cpuMs = process.cpuUsage(cpu0).user / 1000;
if (!process.argv.includes("--hashes")) {
  const s = segmenterStats();
  const perPage = (n: number) => (n / pages.length).toFixed(2);
  console.log(`pages                 ${pages.length} (${pagesWithCuts} needed nodejieba)`);
  console.log(`nodejieba load        ${segmenterLoaded() ? `${s.loadMs.toFixed(0)} ms` : "never"}`);
  console.log(`segment() calls       ${s.calls} (${perPage(s.calls)}/page)`);
  console.log(`nodejieba cuts        ${s.cuts} (${perPage(s.cuts)}/page)`);
  console.log(`extract, load incl.   ${(ms / pages.length).toFixed(3)} ms/page wall, ${(cpuMs / pages.length).toFixed(3)} ms/page CPU`);
  console.log(`extract, load excl.   ${((cpuMs - s.loadMs) / pages.length).toFixed(3)} ms/page CPU (approx.)`);
  console.log(
    `RSS                   ${mb(rssBefore)} before extract, ${mb(process.memoryUsage().rss)} after, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
}
