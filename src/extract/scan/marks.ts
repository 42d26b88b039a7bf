// Where 三个一批 stands: found once per article with indexOf; the anchor and summary scanners read their
// regexes only in a short window ending at each mark.
import { MARK } from "../patterns/rounds.js";
import type { Sentences } from "../text/sentences.js";

const NUMERAL_CHAR_RE = /[\d〇零一二三四五六七八九十]/u;

/** offsets of every 三个一批 in the text */
export function scanMarks(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + MARK.length)) found.push(at);
  return found;
}

export interface MarkMatch {
  index: number;
  text: string;
  groups: Record<string, string | undefined>;
}

/**
 * Matches of `re` (global, ending in 三个一批) that end at each mark, read from at most `reach` characters
 * before it within its sentence: the regex sees only that window.
 */
export function matchesEndingAtMark(text: string, marks: number[], sentences: Sentences, re: RegExp, reach: number): MarkMatch[] {
  const out: MarkMatch[] = [];
  let readTo = 0;
  for (const at of marks) {
    const sentenceStart = sentences.at(at)?.start ?? 0;
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
