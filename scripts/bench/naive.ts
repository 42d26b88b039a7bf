// The anchor: the naive JS pipeline a reader would write first, run by the bench on the same pages in
// the same run, so zhpress's ratio to it is measured every time (issue 14). Per page: read, decode by
// the <meta charset> label, cheerio load (a DOM), main text by a simple selector and .text(), opencc-js
// to simplified, nodejieba cut of the whole text, then the extractors' building-block regexes as a
// simple scan. It writes one JSON line of counts per page, so its output work is small and comparable.
//   node dist/scripts/bench/naive.js DIR      (files *.html, *.htm, *.txt in DIR, sorted)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import nodejieba from "nodejieba";
import * as OpenCC from "opencc-js";
import { NUMBER_ARABIC, ORDINAL_NUMERAL, QUALIFIER_BEFORE, UNIT, YEAR_NUMERAL } from "../../src/extract/patterns/numbers.js";
import { SAN_GE_YI_PI, STAGE_PRODUCING, STAGE_SIGNED, STAGE_STARTED } from "../../src/extract/patterns/rounds.js";

const SCAN: Record<string, RegExp> = {
  amount: new RegExp(`(?:${QUALIFIER_BEFORE})?(?<n>${NUMBER_ARABIC})(?<mult>万|亿)?(?<unit>${UNIT})`, "g"),
  round: new RegExp(`(?<year>${YEAR_NUMERAL})年第(?<ord>${ORDINAL_NUMERAL})(?:次|批|期)`, "g"),
  sanGeYiPi: new RegExp(SAN_GE_YI_PI, "g"),
  stage: new RegExp(`(?<stage>${STAGE_SIGNED}|${STAGE_STARTED}|${STAGE_PRODUCING})项目(?<count>${NUMBER_ARABIC})个`, "g"),
  date: /(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日/g,
};

const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });

function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString("latin1");
  const label = /charset=["']?([\w-]+)/i.exec(head)?.[1] ?? "utf-8";
  return new TextDecoder(label).decode(bytes);
}

function mainText(html: string): string {
  const $ = load(html);
  $("script, style, nav, .nav, .side, .foot").remove();
  const main = $("#zoom, article, .article, .content").first();
  return (main.length ? main : $("body")).text();
}

function naivePage(file: string): Record<string, number> {
  const bytes = readFileSync(file);
  const raw = file.endsWith(".txt") ? bytes.toString("utf8") : mainText(decode(bytes));
  const text = toSimplified(raw);
  const counts: Record<string, number> = { words: nodejieba.cut(text).length };
  for (const [name, re] of Object.entries(SCAN)) counts[name] = [...text.matchAll(re)].length;
  return counts;
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write("usage: naive.js DIR\n");
  process.exit(2);
}
nodejieba.load();
const files = readdirSync(dir)
  .filter((f) => /\.(html?|txt)$/.test(f))
  .sort()
  .map((f) => join(dir, f));
for (const f of files) process.stdout.write(JSON.stringify({ file: f, ...naivePage(f) }) + "\n");
