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
import { draftFor, evidenceAt, setScalar, setTally, type Book, type Draft } from "./round-drafts.js";
import { addCityRounds, cityHolding, notCitySites } from "./city-rounds.js";

const CUMULATIVE_ALL_RE = new RegExp(CUMULATIVE_WORDS, "gu");
const THIS_ROUND_ALL_RE = new RegExp(THIS_ROUND_WORDS, "gu");
const OTHER_TALLY_RE = new RegExp(OTHER_TALLY_WORDS, "u");

/** The drafts of every round the article names (refine/rounds.ts keeps those that are rounds of their own). */
export function assembleRounds(ctx: ExtractContext, hits: ArticleHits, warnings: Warning[]): Book {
  const book: Book = { ctx, warnings, drafts: new Map() };
  if (!hits.anchors.some((a) => !a.foreign)) return book;
  addAnchors(book, hits.anchors, hits.dates);
  addVenues(book, hits.anchors, notCitySites(hits));
  addTallies(book, hits);
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
    const date = dateOfAnchor(
      a,
      dates.filter((x) => x.start >= a.sentence.start && x.end <= a.sentence.end),
    );
    if (date)
      setScalar(book, d, "date", {
        value: date.date,
        evidence: [evidenceAt(ctx, "date", date.start, date.end, date.stated)],
        headline: false,
      });
  }
}

/** the best-ranked venue per round, first in the text among equals; spellings vary, so no disagreement warning */
function addVenues(book: Book, anchors: RoundAnchor[], venues: VenueHit[]): void {
  const best = new Map<Draft, VenueHit>();
  for (const v of venues) {
    const a = anchorFor(book.ctx.text, anchors, v.start, false);
    const d = a && !a.foreign ? draftFor(book, PROVINCE, a) : null;
    const had = d ? best.get(d) : undefined;
    if (d && (!had || v.rank < had.rank)) best.set(d, v);
  }
  for (const [d, v] of best)
    d.scalars.venue = { value: v.venue, evidence: [evidenceAt(book.ctx, "venue", v.start, v.end, true)], headline: false };
}

/** each tally to the round named nearest before it, under its own scope (a city holding the round takes the province's) */
function addTallies(book: Book, hits: ArticleHits): void {
  const { text } = book.ctx;
  const inSummary = summarySentences(hits.summaryAnchors);
  // 10个项目进行了现场签约 counts a ceremony: a stage's count only where no other tally gives one, never the province's
  for (const t of [...hits.tallies.filter((x) => !x.onSite), ...hits.tallies.filter((x) => x.onSite)]) {
    if (inSummary.has(t.sentence)) continue;
    if (ROUNDS_HELD_RE.test(text.slice(t.sentence.start, t.sentence.end))) continue; // 先后开展…活动4次: several rounds' sum
    const a = anchorFor(text, hits.anchors, t.start, t.sentence.headline);
    if (!a || a.foreign) continue;
    if (isRunningTotal(text, a, t)) continue;
    // 全省重点工程签约项目500个 counts something else
    if (OTHER_TALLY_RE.test(text.slice(Math.max(t.sentence.start, t.start - 12), t.start))) continue;
    const owner = t.scope === PROVINCE && !t.scopeStated ? cityHolding(book.ctx, a) : undefined;
    if (owner === null) continue; // 我市 holds the round, and which city that is the article does not say
    const scope = owner?.scope ?? t.scope;
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
  for (const m of text.matchAll(re)) last = m.index ?? last;
  return last;
}

/** the last anchor before `at`; before any anchor, only a headline or the anchor's own line reads forward */
function anchorFor(text: string, anchors: RoundAnchor[], at: number, headline: boolean): RoundAnchor | null {
  let last: RoundAnchor | null = null;
  for (const a of anchors) if (a.start <= at) last = a;
  if (last) return last;
  const next = anchors.find((a) => a.start > at);
  return next && (headline || !text.slice(at, next.start).includes("\n")) ? next : null;
}

/** the date closest to the anchor in its sentence; a partial date takes the round's stated year */
function dateOfAnchor(a: RoundAnchor, dates: DateMention[]): DateMention | null {
  if (dates.length === 0) return null;
  const d = dates.reduce((best, x) => (Math.abs(x.start - a.start) < Math.abs(best.start - a.start) ? x : best));
  if (d.stated || !a.yearStated || a.year === null) return d;
  const date = `${a.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  return Number.isNaN(Date.parse(date)) ? null : { ...d, year: a.year, date, stated: true };
}
