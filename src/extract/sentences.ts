// The sentence around an offset, found by looking left and right from it (no pass over the whole text):
// rounds, tallies and dates bind within one sentence. The same sentence is the same object, so === compares.

export interface Sentence {
  start: number;
  end: number;
  /** a short line without a full stop: a headline, whose values give way to the body's */
  headline: boolean;
}

// a line this short without a full stop is a headline (签约321个、开工302个、投产189个!…活动举行)
const HEADLINE_MAX = 80;
const NEWLINE = 0x0a;
const FULL_STOP = 0x3002; // 。
// 。 ! ? ! ? and the line end, as char codes: this runs per character
const isSentenceEnd = (c: number) => c === FULL_STOP || c === NEWLINE || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f;
const cache = new WeakMap<object, Map<number, Sentence>>();

/** the sentence containing offset `at`; `key` (the extract context) keys the per-article cache */
export function sentenceAt(key: { text: string }, at: number): Sentence | null {
  const { text } = key;
  if (at < 0 || at >= text.length || text.charCodeAt(at) === NEWLINE) return null;
  let start = at;
  while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
  let byStart = cache.get(key);
  if (!byStart) cache.set(key, (byStart = new Map()));
  const hit = byStart.get(start);
  if (hit) return hit;
  let end = at;
  while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) !== NEWLINE) end++; // the sentence keeps its full stop
  const sentence = { start, end, headline: isHeadline(text, start) };
  byStart.set(start, sentence);
  return sentence;
}

function isHeadline(text: string, at: number): boolean {
  let lineStart = at;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== NEWLINE) {
    if (at - lineStart > HEADLINE_MAX || text.charCodeAt(lineStart - 1) === FULL_STOP) return false;
    lineStart--;
  }
  for (let i = at; i < text.length && text.charCodeAt(i) !== NEWLINE; i++) {
    if (i - lineStart >= HEADLINE_MAX || text.charCodeAt(i) === FULL_STOP) return false;
  }
  return true;
}
