// Where 三个一批 stands: found once per article with indexOf; the anchor and summary scanners read their
// regexes only in a short window ending at each mark.
import { isBlocked, type ExtractContext } from "../context.js";
import { MARK } from "../patterns/rounds.js";
import type { Sentence, Sentences } from "../text/sentences.js";
import { matchesOf } from "../../util/matches.js";

const NUMERAL_CHAR_RE = /[\d〇零一二三四五六七八九十]/u;
/** how far a window may widen to take in a whole year (二〇二三, 2023) cut by its start */
export const YEAR_BACK = 8;

/** offsets of every 三个一批 in the text */
export function scanMarks(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + MARK.length)) found.push(at);
  return found;
}

/** work done, for the test that proves it linear: characters the window regexes are given */
export const markWork = { reads: 0 };

export interface MarkMatch {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  sentence: Sentence;
}

/** the publish year, which 今年 and 去年 count from */
export function publishYear(ctx: ExtractContext): number | null {
  return ctx.publishedAt === null ? null : Number(ctx.publishedAt.slice(0, 4));
}

/**
 * Matches of `re` (global, ending in 三个一批, or at most `tail` characters after it) that end at or after each mark,
 * read from at most `reach` (+ YEAR_BACK) characters before it within its sentence: the regex sees only that window
 * (ANCHOR_RE and SUMMARY_RE are super-linear on long input; test/reliability/linear-work.test.ts proves the bound).
 * A match touching a blocked span is dropped.
 */
export function matchesEndingAtMark(
  ctx: ExtractContext,
  marks: number[],
  sentences: Sentences,
  re: RegExp,
  reach: number,
  tail = 1,
): MarkMatch[] {
  const { text } = ctx;
  const out: MarkMatch[] = [];
  let readTo = 0;
  for (const at of marks) {
    const sentenceStart = sentences.at(at)?.start ?? 0;
    let from = Math.max(sentenceStart, at - reach, readTo);
    const floor = Math.max(sentenceStart, from - YEAR_BACK); // a run of numerals does not widen the window without end
    while (from > floor && NUMERAL_CHAR_RE.test(text[from - 1])) from--; // never start inside a year
    const windowEnd = at + MARK.length + tail;
    let last: RegExpMatchArray | null = null;
    markWork.reads += windowEnd - from;
    for (const m of matchesOf(re, text.slice(from, windowEnd))) last = m;
    if (!last || from + (last.index ?? 0) + last[0].length < at + MARK.length) continue;
    const start = from + (last.index ?? 0);
    const end = start + last[0].length;
    readTo = end;
    const sentence = sentences.at(start);
    if (sentence && !isBlocked(ctx, start, end)) out.push({ start, end, groups: last.groups ?? {}, sentence });
  }
  return out;
}
