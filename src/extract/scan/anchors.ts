// Where a round is named: 全省开发区2023年第三次“三个一批”活动, 2022年第二次项目集中签约一批…“三个一批”活动,
// 2021年第一期. Another province's numbered campaign and a county's own round are anchors too, marked foreign,
// so their tallies are never taken for Shanxi's.
import type { ExtractContext } from "../context.js";
import { COUNTY_NAMES, OTHER_CITY_NAMES, OTHER_PROVINCE_NAMES } from "../places.js";
import { ANCHOR_RE, ANCHOR_REACH, PLANNED_RE } from "../patterns/rounds.js";
import { parseChineseNumeral, parseYear } from "../text/numbers.js";
import type { Sentence, Sentences } from "../text/sentences.js";
import { matchesEndingAtMark, publishYear } from "./marks.js";

export interface RoundAnchor {
  year: number | null;
  /** false when the year comes from the publish date (今年第三次…, 去年第四次…) */
  yearStated: boolean;
  ordinal: number;
  /** another province's or a county's campaign, or a round only planned for (确保在第三次…时): a look-alike */
  foreign: boolean;
  /** 全省第十六期“三个一批” — 期 with no year and no 开发区 in the sentence: how Henan names its campaign, not Shanxi */
  barePeriod: boolean;
  sentence: Sentence;
  start: number;
  end: number;
}

// what the clause before an anchor must not name: another province or its city, or a county holding its own round
const FOREIGN_RE = new RegExp(
  `(?<province>${OTHER_PROVINCE_NAMES}|${OTHER_CITY_NAMES})|(?<county>${COUNTY_NAMES}|[\\p{Script=Han}]{1,4}县)`,
  "u",
);
const CLAUSE_START_RE = /[,，;；:：]/gu;
/** how far back the clause before an anchor is read for a foreign place */
export const CLAUSE_REACH = 200;
/** work done, for the test that proves it linear: characters read before anchors */
export const anchorWork = { reads: 0 };

export function scanAnchors(ctx: ExtractContext, sentences: Sentences, marks: number[]): RoundAnchor[] {
  const pubYear = publishYear(ctx);
  const found: RoundAnchor[] = [];
  // a sentence is read for 开发区 once, however many anchors it holds
  const namesZone = new Map<Sentence, boolean>();
  const hasZone = (s: Sentence) => namesZone.get(s) ?? namesZone.set(s, ctx.text.slice(s.start, s.end).includes("开发区")).get(s)!;
  for (const { groups: g, start, end, sentence } of matchesEndingAtMark(ctx, marks, sentences, ANCHOR_RE, ANCHOR_REACH)) {
    const ordinal = /^\d+$/.test(g.ordinal ?? "") ? Number(g.ordinal) : parseChineseNumeral(g.ordinal ?? "");
    if (ordinal === null || ordinal < 1 || ordinal > 50) continue;
    const year = g.year ? parseYear(g.year) : pubYear === null ? null : g.lastYear ? pubYear - 1 : pubYear;
    if (g.year && year === null) continue;
    const foreign = isForeign(ctx.text, sentence.start, start, g.between ?? "") || isPlanned(ctx.text, sentence.start, start);
    const barePeriod = g.unit === "期" && !g.year && !hasZone(sentence);
    found.push({ year, yearStated: !!g.year, ordinal, foreign, barePeriod, sentence, start, end });
  }
  // a headline's 第四次“三个一批” is the body's 2023年第四次, even when published in January 2024
  const namedYear = new Map<number, number | null>();
  for (const b of found) if (b.yearStated && !b.foreign && !namedYear.has(b.ordinal)) namedYear.set(b.ordinal, b.year);
  for (const a of found) if (!a.yearStated && namedYear.has(a.ordinal)) a.year = namedYear.get(a.ordinal)!;
  return found;
}

/** the clause before the anchor plans for the round: read, like a foreign place, in the CLAUSE_REACH characters before it */
function isPlanned(text: string, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - CLAUSE_REACH);
  anchorWork.reads += at - from;
  return PLANNED_RE.test(text.slice(from, at));
}

/** the clause before the anchor (or the words inside it) names another province or a county */
function isForeign(text: string, sentenceStart: number, at: number, between: string): boolean {
  // only the CLAUSE_REACH characters before the anchor are read, not the whole sentence (one 10 MB paragraph)
  const before = text.slice(Math.max(sentenceStart, at - CLAUSE_REACH), at);
  anchorWork.reads += before.length;
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_START_RE)) clauseStart = (m.index ?? 0) + 1;
  const clause = before.slice(clauseStart) + between;
  const hit = FOREIGN_RE.exec(clause);
  if (!hit) return false;
  // 太原市与全省同步举行 is Shanxi's round; a county only counts when the province is not named
  return hit.groups?.province !== undefined || !/全省|山西/u.test(clause);
}
