// Where a round is named: 全省开发区2023年第三次“三个一批”活动, 2022年第二次项目集中签约一批…“三个一批”活动,
// 2021年第一期, and a rewritten copy's 2021年第一期项目集中签约,开工一批、生产一批 (the three stages, no 三个一批). Another province's numbered campaign and a county's own round are anchors too, marked foreign,
// so their tallies are never taken for Shanxi's.
import type { OrdinalUnit } from "../../schema/index.js";
import { isBlocked, type ExtractContext } from "../context.js";
import { COUNTY_NAMES, OTHER_CITY_NAMES, OTHER_PROVINCE_NAMES } from "../places.js";
import { YEAR_NUMERAL } from "../patterns/numbers.js";
import { ANCHOR_RE, ANCHOR_REACH, PLANNED_RE, STAGE_NAMED_ANCHOR_RE, STAGE_NAMED_MARK, STAGE_NAMED_REACH } from "../patterns/rounds.js";
import { parseChineseNumeral, parseYear } from "../text/numbers.js";
import type { Sentence, Sentences } from "../text/sentences.js";
import type { NamedYear } from "./dates.js";
import { matchesEndingAtMark, publishYear, type MarkMatch } from "./marks.js";
import { matchesOf } from "../../util/matches.js";

export interface RoundAnchor {
  year: number | null;
  /** false when the year comes from the publish date (今年第三次…, 去年第四次…) */
  yearStated: boolean;
  ordinal: number;
  /** 次, 期 or 轮 as written: 第一期 and 第一次 are different numberings */
  ordinalUnit: OrdinalUnit;
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
const CLAUSE_MARKS = ",，;；:：";
const WRITTEN_YEAR_RE = new RegExp(`(?<![\\d〇零一二三四五六七八九])(?<year>${YEAR_NUMERAL})年`, "gu");
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
  const named = matchesEndingAtMark(ctx, marks, sentences, ANCHOR_RE, ANCHOR_REACH);
  const stageNamed = stageNamedMatches(ctx, sentences).filter((m) => !named.some((n) => n.start < m.end && m.start < n.end));
  for (const { groups: g, start, end, sentence } of [...named, ...stageNamed].sort((a, b) => a.start - b.start)) {
    const ordinal = /^\d+$/.test(g.ordinal ?? "") ? Number(g.ordinal) : parseChineseNumeral(g.ordinal ?? "");
    if (ordinal === null || ordinal < 1 || ordinal > 50) continue;
    const year = g.year ? parseYear(g.year) : pubYear === null ? null : g.lastYear ? pubYear - 1 : pubYear;
    if (g.year && year === null) continue;
    const foreign = isForeign(ctx.text, sentence.start, start, g.between ?? "") || isPlanned(ctx.text, sentence.start, start);
    const barePeriod = g.unit === "期" && !g.year && !hasZone(sentence);
    const ordinalUnit = (g.unit ?? "次") as OrdinalUnit;
    found.push({ year, yearStated: !!g.year, ordinal, ordinalUnit, foreign, barePeriod, sentence, start, end });
  }
  // a headline's 第四次“三个一批” is the body's 2023年第四次, even when published in January 2024 (第四期 only 第四期's)
  const namedYear = new Map<string, number | null>();
  const numbered = (a: RoundAnchor) => `${a.ordinal}${a.ordinalUnit}`;
  for (const b of found) if (b.yearStated && !b.foreign && !namedYear.has(numbered(b))) namedYear.set(numbered(b), b.year);
  for (const a of found) if (!a.yearStated && namedYear.has(numbered(a))) a.year = namedYear.get(numbered(a))!;
  return found;
}

/** the clause before the anchor plans for the round: read, like a foreign place, in the CLAUSE_REACH characters before it */
function isPlanned(text: string, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - CLAUSE_REACH);
  anchorWork.reads += at - from;
  return PLANNED_RE.test(text.slice(from, at));
}

/** 2021年第一期项目集中签约,开工一批、生产一批: read in a short window ending at each 开工一批 */
function stageNamedMatches(ctx: ExtractContext, sentences: Sentences): MarkMatch[] {
  const { text } = ctx;
  const out: MarkMatch[] = [];
  for (let at = text.indexOf(STAGE_NAMED_MARK); at >= 0; at = text.indexOf(STAGE_NAMED_MARK, at + STAGE_NAMED_MARK.length)) {
    const sentence = sentences.at(at);
    if (!sentence) continue;
    const from = Math.max(sentence.start, at - STAGE_NAMED_REACH);
    // the window ends after the longest ending: 开工一批、生产一批
    for (const m of matchesOf(STAGE_NAMED_ANCHOR_RE, text.slice(from, at + 2 * STAGE_NAMED_MARK.length + 1))) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (!isBlocked(ctx, start, end) && !out.some((o) => o.start === start)) out.push({ start, end, groups: m.groups ?? {}, sentence });
    }
  }
  return out;
}

/** the clause before the anchor (or the words inside it) names another province or a county */
function isForeign(text: string, sentenceStart: number, at: number, between: string): boolean {
  // only the CLAUSE_REACH characters before the anchor are read, not the whole sentence (one 10 MB paragraph)
  const before = text.slice(Math.max(sentenceStart, at - CLAUSE_REACH), at);
  anchorWork.reads += before.length;
  // the clause starts after the last clause mark: read back to it, no match array per mark
  let clauseStart = before.length;
  while (clauseStart > 0 && !CLAUSE_MARKS.includes(before[clauseStart - 1])) clauseStart--;
  const clause = before.slice(clauseStart) + between;
  const hit = FOREIGN_RE.exec(clause);
  if (!hit) return false;
  // 太原市与全省同步举行 is Shanxi's round; a county only counts when the province is not named
  return hit.groups?.province !== undefined || !/全省|山西/u.test(clause);
}

/**
 * The year a Shanxi round named in `sentence` states (12月1日,全省开发区2023年第四次…): the sentence's month-days are
 * in it. Null when no round there states its year, or when the sentence writes two years (which one a month-day is in
 * is not said); a round named in another sentence never gives one.
 */
export function roundYearOf(text: string, sentence: Sentence, anchors: RoundAnchor[]): NamedYear | null {
  const named = anchors.find((a) => a.sentence === sentence && !a.foreign && a.yearStated && a.year !== null);
  if (!named || named.year === null) return null;
  const written = new Set<number | null>();
  for (const m of matchesOf(WRITTEN_YEAR_RE, text.slice(sentence.start, sentence.end))) written.add(parseYear(m.groups?.year ?? ""));
  if (written.size !== 1 || !written.has(named.year)) return null;
  return { year: named.year, start: named.start, end: text.indexOf("年", named.start) + 1 };
}
