// Sentence bounds of the normalized text, computed once per text: rounds, tallies and dates bind within one sentence.
import { SENTENCE_END } from "./patterns.js";

export interface Sentence {
  start: number;
  end: number;
  /** a short line without a full stop: a headline, whose values give way to the body's */
  headline: boolean;
}

const SENTENCE_END_RE = new RegExp(SENTENCE_END, "gu");
// a line this short without a full stop is a headline (签约321个、开工302个、投产189个!…活动举行)
const HEADLINE_MAX = 80;
const cache = new WeakMap<object, Sentence[]>();

export function sentencesOf(key: object, text: string): Sentence[] {
  const hit = cache.get(key);
  if (hit) return hit;
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const headline = line.length <= HEADLINE_MAX && !line.includes("。");
    let start = lineStart;
    for (const m of line.matchAll(SENTENCE_END_RE)) {
      const end = lineStart + (m.index ?? 0) + 1;
      if (end - 1 > start) out.push({ start, end, headline });
      start = end;
    }
    if (lineEnd > start) out.push({ start, end: lineEnd, headline });
    lineStart = lineEnd + 1;
  }
  cache.set(key, out);
  return out;
}

/** the sentence containing offset `at` (binary search) */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
