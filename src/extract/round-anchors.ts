// Where a round is named: 全省开发区2023年第三次“三个一批”活动, 2022年第二次项目集中签约一批…“三个一批”活动,
// 2021年第一期.
// Another province's numbered campaign and a county's own round are anchors too, marked foreign, so their
// tallies are never taken for Shanxi's.
import { isBlocked, type ExtractContext } from "./context.js";
import { parseYear } from "./dates.js";
import { parseChineseNumeral } from "./numbers.js";
import { COUNTY_NAMES, OTHER_CITY_NAMES, OTHER_PROVINCE_NAMES } from "./places.js";
import { ORDINAL_NUMERAL, SAN_GE_YI_PI, YEAR_NUMERAL } from "./patterns.js";
import { sentenceAt, type Sentence } from "./sentences.js";

export interface RoundAnchor {
  year: number | null;
  /** false when the year comes from the publish date (今年第三次…, 去年第四次…) */
  yearStated: boolean;
  ordinal: number;
  /** another province's or a county's campaign: a look-alike */
  foreign: boolean;
  sentence: Sentence;
  start: number;
  end: number;
}

// year (or 今年) + 第N次/期/轮 + up to 40 characters of the same clause + 三个一批 (2023年第一次常务会议强调,…三个一批 is no round)
const ANCHOR_RE = new RegExp(
  `(?:(?<year>${YEAR_NUMERAL})年(?:度)?|(?<thisYear>今年)|(?<lastYear>去年|上年)|(?<![\\d年]))(?:全省开发区)?` +
    `第(?<ordinal>${ORDINAL_NUMERAL})(?:次|期|轮)(?<between>[^。!?！？\\n,，;；:：]{0,40}?)${SAN_GE_YI_PI}`,
  "gu",
);
const MARK = "三个一批";
// year 年度 全省开发区 第十二次 + 40 characters between + a quote
const ANCHOR_REACH = 64;
const NUMERAL_CHAR_RE = /[\d〇零一二三四五六七八九十]/u;
// what the clause before an anchor must not name: another province or its city, or a county holding its own round
const FOREIGN_RE = new RegExp(
  `(?<province>${OTHER_PROVINCE_NAMES}|${OTHER_CITY_NAMES})|(?<county>${COUNTY_NAMES}|[\\p{Script=Han}]{1,4}县)`,
  "u",
);
const CLAUSE_START_RE = /[,，;；:：]/gu;
export function scanAnchors(ctx: ExtractContext): RoundAnchor[] {
  const pubYear = ctx.publishedAt === null ? null : Number(ctx.publishedAt.slice(0, 4));
  const found: RoundAnchor[] = [];
  for (const m of matchesEndingAtMark(ctx, ANCHOR_RE, ANCHOR_REACH)) {
    const g = m.groups;
    const start = m.index;
    const end = start + m.text.length;
    const sentence = sentenceAt(ctx, start);
    const ordinal = /^\d+$/.test(g.ordinal ?? "") ? Number(g.ordinal) : parseChineseNumeral(g.ordinal ?? "");
    if (!sentence || ordinal === null || ordinal < 1 || ordinal > 50 || isBlocked(ctx, start, end)) continue;
    const year = g.year ? parseYear(g.year) : pubYear === null ? null : g.lastYear ? pubYear - 1 : pubYear;
    if (g.year && year === null) continue;
    found.push({
      year,
      yearStated: !!g.year,
      ordinal,
      foreign: isForeign(ctx.text, sentence.start, start, g.between ?? ""),
      sentence,
      start,
      end,
    });
  }
  // a headline's 第四次“三个一批” is the body's 2023年第四次, even when published in January 2024
  for (const a of found) {
    const named = a.yearStated ? undefined : found.find((b) => b.yearStated && !b.foreign && b.ordinal === a.ordinal);
    if (named) a.year = named.year;
  }
  return found;
}

const marks = new WeakMap<ExtractContext, number[]>();
/** where 三个一批 stands, found once per article (anchors and summaries both read them) */
function markPositions(ctx: ExtractContext): number[] {
  let found = marks.get(ctx);
  if (found) return found;
  found = [];
  for (let at = ctx.text.indexOf(MARK); at >= 0; at = ctx.text.indexOf(MARK, at + MARK.length)) found.push(at);
  marks.set(ctx, found);
  return found;
}

export interface MarkMatch {
  index: number;
  text: string;
  groups: Record<string, string | undefined>;
}

/**
 * Matches of `re` (global, ending in 三个一批) that end at each 三个一批 of the text, read from at most `reach`
 * characters before it: a literal indexOf finds the few places worth a regex, and the regex sees only that window.
 */
export function matchesEndingAtMark(ctx: ExtractContext, re: RegExp, reach: number): MarkMatch[] {
  const { text } = ctx;
  const out: MarkMatch[] = [];
  let readTo = 0;
  for (const at of markPositions(ctx)) {
    const sentenceStart = sentenceAt(ctx, at)?.start ?? 0;
    let from = Math.max(sentenceStart, at - reach, readTo);
    while (from > sentenceStart && NUMERAL_CHAR_RE.test(text[from - 1])) from--; // never start inside a year
    const windowEnd = at + MARK.length + 1;
    let last: RegExpMatchArray | null = null;
    for (const m of text.slice(from, windowEnd).matchAll(re)) last = m;
    if (!last || from + (last.index ?? 0) + last[0].length < at + MARK.length) continue;
    const index = from + (last.index ?? 0);
    out.push({ index, text: last[0], groups: last.groups ?? {} });
    readTo = index + last[0].length;
  }
  return out;
}

/** the clause before the anchor (or the words inside it) names another province or a county */
function isForeign(text: string, sentenceStart: number, at: number, between: string): boolean {
  const before = text.slice(sentenceStart, at);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_START_RE)) clauseStart = (m.index ?? 0) + 1;
  const clause = before.slice(clauseStart) + between;
  const hit = FOREIGN_RE.exec(clause);
  if (!hit) return false;
  // 太原市与全省同步举行 is Shanxi's round; a county only counts when the province is not named
  return hit.groups?.province !== undefined || !/全省|山西/u.test(clause);
}
