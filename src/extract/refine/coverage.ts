// Coverage, so misses are visible: every number (refine/coverage-rule.ts says what counts) that no emitted record's
// evidence covers is listed with its sentence's apparent subject; one in a round sentence also gets a warning.
// A refiner after every assembler, in one pass over the quantity scanner's hits (text order) against the evidence
// spans of every record kind merged into sorted disjoint spans. A sentence is found once, and only when it holds an
// uncaptured number; whether it is a round's is a lookup in sorted offsets, never a walk per mark or per evidence.
import { warning, type Evidence, type UncapturedNumber, type Warning } from "../../schema/index.js";
import { isBlocked, type ExtractContext, type Span } from "../context.js";
import type { ArticleHits } from "../hits.js";
import type { Sentence } from "../text/sentences.js";
import { countNumbersBelow, spanIndex, touches } from "../text/spans.js";
import { isCountedNumber, subjectWords, type SubjectWord } from "./coverage-rule.js";

/** what the assemblers emitted: every kind that quotes the text */
export type Emitted = Record<RecordKind, { evidence: Evidence[] }[]>;
type RecordKind = (typeof RECORD_KINDS)[number];
const RECORD_KINDS = ["rounds", "summaries", "people", "zones", "figures"] as const;

// a sentence speaking of a stage, in an article that names a round or a summary, is the round's too
const STAGE_WORD_RE = /签约|开工|投产|竣工/u;
const SHANXI = "山西省";

/** work done, for the test that proves it linear: quantities visited and sentence characters read for subjects */
export const coverageWork = { reads: 0 };

/** the numbers no record claims, in text order; a warning for each one in a round sentence */
export function uncapturedNumbers(ctx: ExtractContext, hits: ArticleHits, emitted: Emitted, warnings: Warning[]): UncapturedNumber[] {
  const { text } = ctx;
  let claimed: Span[] | null = null; // built at the first number: a page may have none
  let isRound: ((s: Sentence) => boolean) | null = null; // built at the first uncaptured number: most pages have none
  const found: UncapturedNumber[] = [];
  let c = 0;
  let z = 0;
  let sentence: Sentence | null = null;
  let inRound = false;
  let words: SubjectWord[] = [];
  let w = -1;
  for (const q of hits.quantities) {
    coverageWork.reads++;
    if (!isCountedNumber(text, q) || isBlocked(ctx, q.start, q.end)) continue;
    claimed ??= disjoint(spansOf(emitted));
    while (c < claimed.length && claimed[c].end <= q.start) c++;
    if (c < claimed.length && claimed[c].start < q.end) continue;
    if (sentence === null || q.start >= sentence.end) {
      sentence = hits.sentences.at(q.start);
      if (sentence === null) continue;
      const { start, end } = sentence;
      coverageWork.reads += end - start;
      isRound ??= roundSentenceTest(ctx, hits, emitted);
      inRound = isRound(sentence);
      while (z < hits.zones.length && hits.zones[z].start < start) z++;
      const zones = [];
      for (let i = z; i < hits.zones.length && hits.zones[i].end <= end; i++) zones.push(hits.zones[i]);
      words = subjectWords(text, start, end, zones);
      w = -1;
    }
    while (w + 1 < words.length && words[w + 1].end <= q.start) w++;
    const subject = w >= 0 ? words[w].word : null;
    const quote = text.slice(q.start, q.end);
    found.push({ start: q.start, end: q.end, quote, subject, roundSentence: inRound });
    if (inRound) {
      const whose = subject === null ? "" : ` (after ${subject})`;
      warnings.push(warning("uncaptured-round-number", `${quote}${whose} in a round's sentence is taken by no record`, q));
    }
  }
  return found;
}

function spansOf(emitted: Emitted): Span[] {
  const spans: Span[] = [];
  for (const kind of RECORD_KINDS) for (const r of emitted[kind]) for (const e of r.evidence) spans.push({ start: e.start, end: e.end });
  return spans;
}

/** spans sorted and merged where they overlap or touch */
function disjoint(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const top = merged[merged.length - 1];
    if (top !== undefined && s.start <= top.end) top.end = Math.max(top.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/**
 * A round sentence holds a round's or a summary's evidence; or, in an article not placed in another province, the
 * name of a Shanxi round or summary, a 三个一批 no look-alike anchor owns, or — when the article names a round or a
 * summary — a stage word (签约, 开工, 投产, 竣工). An article placed elsewhere holds no Shanxi round to miss.
 */
function roundSentenceTest(ctx: ExtractContext, hits: ArticleHits, emitted: Emitted): (s: Sentence) => boolean {
  const province = ctx.article?.province ?? null;
  const elsewhere = province !== null && province !== SHANXI;
  const taken = spansOf({ ...emitted, people: [], zones: [], figures: [] });
  const takenIndex = spanIndex(taken);
  const named = new Set([...hits.anchors.filter((a) => !a.foreign), ...hits.summaryAnchors].map((a) => a.sentence.start));
  const foreign = new Set(hits.anchors.filter((a) => a.foreign).map((a) => a.sentence.start));
  const speaksOfRounds = taken.length > 0 || (!elsewhere && named.size > 0);
  return (s) => {
    if (touches(takenIndex, s.start, s.end)) return true;
    if (elsewhere) return false;
    if (named.has(s.start) || (!foreign.has(s.start) && markWithin(hits.marks, s))) return true;
    return speaksOfRounds && STAGE_WORD_RE.test(ctx.text.slice(s.start, s.end));
  };
}

function markWithin(marks: number[], s: Sentence): boolean {
  const i = countNumbersBelow(marks, s.start);
  return i < marks.length && marks[i] < s.end;
}
