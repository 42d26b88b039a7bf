// Rounds: the mentions of a numbered 三个一批 round in one article, from the hits. A round is named by an anchor
// (2023年第三次“三个一批”); its date sits in the anchor's sentence, its venue after 主会场, its tallies are bound to
// the nearest anchor, and a city's tallies make the city's own mention sharing the round's year, ordinal and date.
import { fieldPath, type Scope, type Stage, type Warning } from "../../schema/index.js";
import type { ExtractContext } from "../context.js";
import type { ArticleHits } from "../hits.js";
import { CUMULATIVE_WORDS, OTHER_TALLY_WORDS, ROUNDS_HELD_RE, THIS_ROUND_WORDS } from "../patterns/rounds.js";
import type { RoundAnchor } from "../scan/anchors.js";
import type { DateMention } from "../scan/dates.js";
import { summarySentences } from "../scan/summary-anchors.js";
import type { TallyHit } from "../scan/tallies.js";
import { PROVINCE } from "../scan/tally-scope.js";
import type { VenueHit } from "../scan/venues.js";
import type { Evidence } from "../../schema/index.js";
import type { Sentence } from "../text/sentences.js";
import { countBelow } from "../text/spans.js";
import { draftFor, evidenceAt, setScalar, setTally, type Book, type Draft } from "./round-drafts.js";
import { selfLevel } from "../self-words.js";
import { subjectScope } from "./subject.js";
import { addCityRounds, cityHolding, provinceVenues } from "./city-rounds.js";
import { matchesOf } from "../../util/matches.js";

const CUMULATIVE_ALL_RE = new RegExp(CUMULATIVE_WORDS, "gu");
const THIS_ROUND_ALL_RE = new RegExp(THIS_ROUND_WORDS, "gu");
const OTHER_TALLY_RE = new RegExp(OTHER_TALLY_WORDS, "u");
const CLAUSE_MARK_RE = /[,，;；]/gu;

/** The drafts of every round the article names (refine/rounds.ts keeps those that are rounds of their own). */
export function assembleRounds(ctx: ExtractContext, hits: ArticleHits, warnings: Warning[]): Book {
  const book: Book = { ctx, warnings, drafts: new Map() };
  if (!hits.anchors.some((a) => !a.foreign)) return book;
  addAnchors(book, hits.anchors, hits.dates);
  addTallies(book, hits);
  addVenues(book, hits, provinceVenues(hits));
  // after the tallies, which make the city drafts a city's venue goes to
  addCityRounds(book, hits);
  return book;
}

/** year and ordinal from each Shanxi anchor, the date from the anchor's sentence */
function addAnchors(book: Book, anchors: RoundAnchor[], dates: DateMention[]): void {
  const { ctx } = book;
  for (const a of anchors) {
    if (a.foreign) continue;
    const d = draftFor(book, PROVINCE, a);
    const headline = a.sentence.headline;
    if (a.year !== null)
      setScalar(book, d, "year", { value: a.year, evidence: [evidenceAt(ctx, "year", a.start, a.end, a.yearStated)], headline });
    setScalar(book, d, "ordinal", { value: a.ordinal, evidence: [evidenceAt(ctx, "ordinal", a.start, a.end, true)], headline });
    const date = dateOfAnchor(ctx.text, a, nearestDates(dates, a));
    if (!date) continue;
    // a month-day's year taken from the round's name: the name's year is quoted too
    const from = date.yearFrom ? [evidenceAt(ctx, "date", date.yearFrom.start, date.yearFrom.end, true)] : [];
    setScalar(book, d, "date", {
      value: date.date,
      evidence: [evidenceAt(ctx, "date", date.start, date.end, date.stated), ...from],
      headline: false,
    });
  }
}

/**
 * The province's round's venue: the best-ranked venue hit, first in the text among equals; spellings vary, so no
 * disagreement warning. 我区 is the one zone the article names, 我市/我县 the context's city/county, else no venue. (A
 * city's round gets its venue in city-rounds.ts.)
 */
function addVenues(book: Book, hits: ArticleHits, venues: VenueHit[]): void {
  const { ctx } = book;
  const best = new Map<Draft, { v: VenueHit; venue: string; stated: boolean }>();
  const anchorFor = anchorFinder(ctx.text, hits.anchors);
  for (const v of venues) {
    const a = anchorFor(v.start, false);
    if (!a || a.foreign) continue;
    const d = draftFor(book, PROVINCE, a);
    const self = selfLevel(v.venue) !== null ? subjectScope(ctx, hits, v.start, v.end, "rounds") : undefined;
    const venue = self === undefined ? v.venue : (self?.scope.name ?? null);
    const had = best.get(d);
    if (venue !== null && (!had || v.rank < had.v.rank)) best.set(d, { v, venue, stated: self === undefined });
  }
  for (const [d, { v, venue, stated }] of best)
    d.scalars.venue = { value: venue, evidence: [evidenceAt(ctx, "venue", v.start, v.end, stated)], headline: false };
}

/** each tally to the round named nearest before it, under its own scope (a city holding the round takes the province's) */
function addTallies(book: Book, hits: ArticleHits): void {
  const { text } = book.ctx;
  const inSummary = summarySentences(hits.summaryAnchors);
  const anchorFor = anchorFinder(text, hits.anchors);
  // a sentence is read once however many tallies it holds
  const roundsHeld = new Map<Sentence, boolean>();
  const holdsRounds = (s: Sentence) => roundsHeld.get(s) ?? roundsHeld.set(s, ROUNDS_HELD_RE.test(text.slice(s.start, s.end))).get(s)!;
  // 10个项目进行了现场签约 counts a ceremony: a stage's count only where no other tally gives one, never the province's
  for (const t of [...hits.tallies.filter((x) => !x.onSite), ...hits.tallies.filter((x) => x.onSite)]) {
    if (t.scope === null || inSummary.has(t.sentence)) continue; // nobody's figures (我区, 园区) are no round's
    if (holdsRounds(t.sentence)) continue; // 先后开展…活动4次: several rounds' sum
    const a = anchorFor(t.start, t.sentence.headline);
    if (!a || a.foreign) continue;
    if (isRunningTotal(text, a, t)) continue;
    // 全省重点工程签约项目500个 counts something else
    if (OTHER_TALLY_RE.test(text.slice(Math.max(t.sentence.start, t.start - 12), t.start))) continue;
    const owner = t.scope === PROVINCE && !t.scopeStated ? cityHolding(book.ctx, a) : undefined;
    if (owner === null) continue; // 我市 holds the round, and which city that is the article does not say
    const scope: Scope = owner?.scope ?? t.scope;
    if (t.onSite && (scope.level === "province" || hasCount(book, scope, a, t.stage))) continue;
    const d = draftFor(book, scope, a);
    const scopeEvidence = owner?.evidence ?? t.scopeEvidence;
    for (const { field, value, evidence } of t.values) {
      // the scope's quote goes with the count, the tally's own evidence
      const scoped = field === "projects" && scopeEvidence ? [evidence, scopeEvidence] : [evidence];
      setTally(book, d, t.stage, field, { value, evidence: scoped, headline: t.sentence.headline });
    }
  }
}

function hasCount(book: Book, scope: Scope, a: RoundAnchor, stage: Stage): boolean {
  const path = fieldPath(stage, "projects");
  return [...book.drafts.values()].some(
    (d) => d.scope.name === scope.name && d.year === a.year && d.ordinal === a.ordinal && d.tallies.has(path),
  );
}

/**
 * 今年以来累计签约… is a running total, not this round: a cumulative word before the tally in its sentence, not
 * followed by 本次. After an anchor in the same sentence only the words between them count (这是今年以来第三次
 * “三个一批”活动,签约项目N个 is the round's); a tally before its anchor (a headline) is judged on its whole sentence.
 */
function isRunningTotal(text: string, a: RoundAnchor, t: TallyHit): boolean {
  const afterAnchor = a.sentence === t.sentence && a.end <= t.start;
  const words = afterAnchor ? text.slice(a.end, t.start) : text.slice(t.sentence.start, t.start > a.start ? t.start : t.sentence.end);
  const cumulative = lastIndexOf(words, CUMULATIVE_ALL_RE);
  return cumulative >= 0 && cumulative > lastIndexOf(words, THIS_ROUND_ALL_RE);
}

function lastIndexOf(text: string, re: RegExp): number {
  let last = -1;
  for (const m of matchesOf(re, text)) last = m.index ?? last;
  return last;
}

/**
 * The last anchor before `at`; before any anchor, only a headline or the anchor's own line reads forward. Anchors are
 * in text order (scan/marks.ts), so the last one at or before `at` is found by binary search.
 */
function anchorFinder(text: string, anchors: RoundAnchor[]): (at: number, headline: boolean) => RoundAnchor | null {
  // before every anchor, the next one is the first: where its line starts is looked up once
  const firstLineStart = anchors.length ? text.lastIndexOf("\n", anchors[0].start - 1) + 1 : 0;
  return (at, headline) => {
    const k = countBelow(anchors, at + 1, (a) => a.start);
    if (k > 0) return anchors[k - 1];
    const next = anchors[0];
    return next && (headline || at >= firstLineStart) ? next : null;
  };
}

/**
 * The dates of the anchor's sentence nearest it, one on each side: hits.ts scans each anchor sentence once, in text
 * order, so a sentence's dates are a run of `dates` sorted by start, and the closest to the anchor is next to where
 * the anchor would stand in that run (a sentence of a thousand dates is not read for each of its anchors).
 */
function nearestDates(dates: DateMention[], a: RoundAnchor): DateMention[] {
  const first = countBelow(dates, a.sentence.start, (x) => x.start);
  const end = countBelow(dates, a.sentence.end, (x) => x.start);
  const at = countBelow(dates, a.start, (x) => x.start);
  return [at - 1, at].filter((i) => i >= first && i < end && dates[i].end <= a.sentence.end).map((i) => dates[i]);
}

/**
 * The date closest to the anchor in its sentence, in the anchor's clause or the one next to it (3月11日,市政府召开会议,
 * 传达…在全省开发区2022年第一次“三个一批”活动上的讲话: the meeting's date, not the round's). A month-day there is in the
 * year its round names (scan/dates.ts).
 */
function dateOfAnchor(text: string, a: RoundAnchor, dates: DateMention[]): DateMention | null {
  const near = dates.filter((d) => clauseMarks(text.slice(Math.min(d.end, a.end), Math.max(d.start, a.start))) <= 1);
  if (near.length === 0) return null;
  return near.reduce((best, x) => (Math.abs(x.start - a.start) < Math.abs(best.start - a.start) ? x : best));
}

function clauseMarks(words: string): number {
  return words.match(CLAUSE_MARK_RE)?.length ?? 0;
}
