// The one sentence splitter: every extractor binds within its sentences (tallies, round anchors, dates, venues,
// figure subjects). A sentence ends at 。 ！ ？ ! ? or a line end; ； ; ， , 、 ： : only end a clause, so
// 签约项目N个；开工项目M个 is one sentence. The full stop belongs to its sentence, the newline does not.
// The sentence ends are found in one pass over the text, on the first question; a sentence is then found by binary
// search (looking left and right from each offset cost a 1 MB sentence a megabyte per question); the same sentence is
// the same object within one article's `Sentences`, so === compares.
import { countNumbersBelow } from "./spans.js";

/** the sentence ends as a regex class body, for patterns that must stay inside one sentence */
export const SENTENCE_END_CHARS = "。!?！？\\n";

export interface Sentence {
  start: number;
  end: number;
  /** a short line without a full stop: a headline, whose values give way to the body's */
  headline: boolean;
}

/** one article's sentences, found on demand; create one per article (it remembers the sentences it found) */
export interface Sentences {
  /** the sentence containing offset `at`; null on a line end or outside the text */
  at(at: number): Sentence | null;
}

// a line this short without a full stop is a headline (签约321个、开工302个、投产189个!…活动举行)
const HEADLINE_MAX = 80;
const NEWLINE = 0x0a;
const FULL_STOP = 0x3002; // 。
// the ends found by a regex scan (native code from the first page), not a loop over every character, which ran as
// interpreted code for most of a batch; the scan stops only at the ends, one character in ~30
const SENTENCE_END_RE = new RegExp(`[${SENTENCE_END_CHARS}]`, "g");

/** work done, for the test that proves it linear: characters read to find the sentence ends */
export const sentenceWork = { reads: 0 };

/** offsets of every sentence end (。 ! ? ！ ？ and the line end) in text order */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_END_RE.lastIndex = 0;
  while (SENTENCE_END_RE.test(text)) ends.push(SENTENCE_END_RE.lastIndex - 1);
  sentenceWork.reads += text.length;
  return ends;
}

/** What one article's Sentences hold: an object literal whose `at` is one function shared by every article (a method
 * closure made per article was compiled into its callers and dropped with its article, and their code with it). */
interface SentenceIndex extends Sentences {
  text: string;
  byStart: Map<number, Sentence>;
  ends: number[] | null;
}

export function sentencesOf(text: string): Sentences {
  const sentences: SentenceIndex = { text, byStart: new Map(), ends: null, at: sentenceAt };
  return sentences;
}

function sentenceAt(this: SentenceIndex, at: number): Sentence | null {
  const { text } = this;
  if (at < 0 || at >= text.length || text.charCodeAt(at) === NEWLINE) return null;
  const ends = (this.ends ??= sentenceEnds(text));
  // the first end at or after `at`: the sentence runs from the end before it to it
  const lo = countNumbersBelow(ends, at);
  const start = lo > 0 ? ends[lo - 1] + 1 : 0;
  const hit = this.byStart.get(start);
  if (hit) return hit;
  let end = lo < ends.length ? ends[lo] : text.length;
  if (end < text.length && text.charCodeAt(end) !== NEWLINE) end++; // the sentence keeps its full stop
  const sentence = { start, end, headline: isHeadline(text, start) };
  this.byStart.set(start, sentence);
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
