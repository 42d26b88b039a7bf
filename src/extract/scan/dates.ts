// Dates: full (2022年6月22日, 2022-06-22, 二〇二一年…), partial (8月31日: the year of the round named in the
// same sentence, else implied from the publish date and rolled back a year when it would fall after publication),
// and relative periods (今年以来, 去年) which are periods, never a precise date.
//
// Exported API:
//   scanDates(text, publishedAt, from, to, namedYear) → DateMention[]   every precise date, in order
//   parseDateAt(text, at, publishedAt) → DateMention | null
//   resolvePartialDate(month, day, publishedAt) → {year, date} | null
//   scanPeriods(text, publishedAt) → PeriodMention[]   今年以来, 去年, 2021年度, 2020年8月以来 …
import { YEAR_NUMERAL } from "../patterns/numbers.js";
import { parseChineseNumeral, parseYear } from "../text/numbers.js";
import { matchesOf } from "../../util/matches.js";

export interface DateMention {
  /** YYYY-MM-DD */
  date: string;
  year: number;
  month: number;
  day: number;
  /** false when the year was not written with the month and day (taken from the publish date or a round's name) */
  stated: boolean;
  /** where the year was taken from, when a round's name in the same sentence gave it */
  yearFrom?: NamedYear;
  start: number;
  end: number;
}

/** the year a sentence names for its month-days (全省开发区2024年第四次…): the value and where it is written */
export interface NamedYear {
  year: number;
  start: number;
  end: number;
}

export type PeriodKind = "year" | "year-to-date" | "since";
export interface PeriodMention {
  kind: PeriodKind;
  /** the year the period is in or starts in; null when it cannot be resolved (no publish date) */
  year: number | null;
  /** the month a `since` period starts in, else null */
  month: number | null;
  /** false when the year comes from the publish date (今年, 去年) */
  stated: boolean;
  start: number;
  end: number;
}

const YEAR = `(?<year>${YEAR_NUMERAL})`;
const MONTH = "(?<month>\\d{1,2}|[一二三四五六七八九十]{1,2})";
const DAY = "(?<day>\\d{1,2}|[一二三四五六七八九十]{1,3})";
const DATE_SOURCE =
  `(?<![\\d〇零一二三四五六七八九十年月])(?:${YEAR}年)?${MONTH}月${DAY}[日号]` +
  `|(?<![\\d-])(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})(?![\\d-])`;
const DATE_RE = new RegExp(DATE_SOURCE, "gu");
const DATE_AT_RE = new RegExp(DATE_SOURCE, "yu");

// 今年以来 / 年初以来 / 去年 / 2021年度 / 2020年8月以来: periods, not dates
const PERIOD_RE = new RegExp(
  `(?<relative>今年|去年|上年|前年|明年)(?<relSince>以来)?` +
    `|年初以来` +
    `|(?<![\\d〇零一二三四五六七八九])${YEAR}(?:年(?:${MONTH}月)?(?<since>以来)|年度|全年)`,
  "gu",
);
const RELATIVE_OFFSET: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1 };

function smallNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

function publishedParts(publishedAt: string | null): { year: number; iso: string } | null {
  const m = publishedAt === null ? null : /^(?<y>\d{4})-\d{2}-\d{2}/.exec(publishedAt);
  return m ? { year: Number(m.groups?.y), iso: m[0] } : null;
}

function isoOf(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** 8月31日 against the publish date: same year, or the year before when that would be after publication. */
export function resolvePartialDate(month: number, day: number, publishedAt: string | null): { year: number; date: string } | null {
  const pub = publishedParts(publishedAt);
  if (!pub) return null;
  const date = isoOf(pub.year, month, day);
  if (date !== null && date <= pub.iso) return { year: pub.year, date };
  const before = isoOf(pub.year - 1, month, day);
  return before === null ? null : { year: pub.year - 1, date: before };
}

function fromMatch(
  m: RegExpExecArray | RegExpMatchArray,
  publishedAt: string | null,
  offset = 0,
  namedYear: NamedYear | null = null,
): DateMention | null {
  const g = m.groups ?? {};
  const start = offset + (m.index ?? 0);
  const end = start + m[0].length;
  const year = parseYear(g.isoYear ?? g.year ?? "");
  const month = smallNumber(g.isoMonth ?? g.month ?? "");
  const day = smallNumber(g.isoDay ?? g.day ?? "");
  if (month === null || day === null) return null;
  if (year !== null) {
    const date = isoOf(year, month, day);
    return date === null ? null : { date, year, month, day, stated: true, start, end };
  }
  if (g.year !== undefined || g.isoYear !== undefined) return null; // a year was written but is not a year
  if (namedYear !== null) {
    const date = isoOf(namedYear.year, month, day);
    return date === null ? null : { date, year: namedYear.year, month, day, stated: false, yearFrom: namedYear, start, end };
  }
  const resolved = resolvePartialDate(month, day, publishedAt);
  return resolved === null ? null : { ...resolved, month, day, stated: false, start, end };
}

/**
 * Every precise date in text[from, to). A partial date takes `namedYear` when given (the year of the round named in
 * the sentence being read), else the publish date's; it is dropped when there is neither.
 */
export function scanDates(
  text: string,
  publishedAt: string | null,
  from = 0,
  to = text.length,
  namedYear: NamedYear | null = null,
): DateMention[] {
  const found: DateMention[] = [];
  // a window is read as its own string so the regex never scans past `to`
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of matchesOf(DATE_RE, window)) {
    const d = fromMatch(m, publishedAt, from, namedYear);
    if (d) found.push(d);
  }
  return found;
}

/** The date starting exactly at `at`, or null. */
export function parseDateAt(text: string, at: number, publishedAt: string | null): DateMention | null {
  DATE_AT_RE.lastIndex = at;
  const m = DATE_AT_RE.exec(text);
  return m ? fromMatch(m, publishedAt) : null;
}

/** Relative and whole-year periods: 今年以来, 去年, 2021年度, 2020年8月以来. */
export function scanPeriods(text: string, publishedAt: string | null): PeriodMention[] {
  const pubYear = publishedParts(publishedAt)?.year ?? null;
  const found: PeriodMention[] = [];
  for (const m of matchesOf(PERIOD_RE, text)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (g.year !== undefined) {
      const year = parseYear(g.year);
      const month = g.month === undefined ? null : smallNumber(g.month);
      if (year === null || (month !== null && (month < 1 || month > 12))) continue;
      found.push({ kind: g.since ? "since" : "year", year, month, stated: true, start, end });
    } else if (g.relative !== undefined) {
      const year = pubYear === null ? null : pubYear + RELATIVE_OFFSET[g.relative];
      const kind: PeriodKind = !g.relSince ? "year" : RELATIVE_OFFSET[g.relative] === 0 ? "year-to-date" : "since";
      found.push({ kind, year, month: null, stated: false, start, end });
    } else {
      found.push({ kind: "year-to-date", year: pubYear, month: null, stated: false, start, end });
    }
  }
  return found;
}
