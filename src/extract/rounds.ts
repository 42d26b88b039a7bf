// Rounds: one RoundMention per (scope, round) per article. A round is named by an anchor (2023年第三次“三个一批”);
// its date sits in the anchor's sentence, its venue after 主会场, its tallies are bound to the nearest anchor,
// and a city's tallies make the city's own mention sharing the round's year, ordinal and date.
import type { RoundMention, Scope, Warning } from "../schema/index.js";
import type { ExtractContext } from "./context.js";
import { scanDates, type DateMention } from "./dates.js";
import { CUMULATIVE_WORDS, OTHER_TALLY_WORDS, THIS_ROUND_WORDS } from "./patterns.js";
import { scanAnchors, type RoundAnchor } from "./round-anchors.js";
import { scanVenues, type VenueHit } from "./venues.js";
import { summarySentences } from "./summaries.js";
import { talliesOf, type TallyHit } from "./tally.js";
import { draftFor, evidenceAt, ownsRound, setField, toMention, type Book, type Draft } from "./round-drafts.js";

const CUMULATIVE_ALL_RE = new RegExp(CUMULATIVE_WORDS, "gu");
const THIS_ROUND_ALL_RE = new RegExp(THIS_ROUND_WORDS, "gu");
const OTHER_TALLY_RE = new RegExp(OTHER_TALLY_WORDS, "u");
const PROVINCE: Scope = { level: "province", name: "山西省" };

export function extractRounds(ctx: ExtractContext, warnings: Warning[]): RoundMention[] {
  const anchors = scanAnchors(ctx);
  if (!anchors.some((a) => !a.foreign)) return [];
  const book: Book = { ctx, warnings, drafts: new Map() };
  addAnchors(book, anchors);
  addVenues(book, anchors);
  addTallies(book, anchors);
  return [...book.drafts.values()].filter(ownsRound).map((d) => toMention(d, book.drafts));
}

/** year and ordinal from each Shanxi anchor, the date from the anchor's sentence */
function addAnchors(book: Book, anchors: RoundAnchor[]): void {
  const { ctx } = book;
  for (const a of anchors) {
    if (a.foreign) continue;
    const d = draftFor(book, PROVINCE, a);
    if (a.year !== null) setField(book, d, "year", a.year, [evidenceAt(ctx, "year", a.start, a.end, a.yearStated)], a.sentence.headline);
    setField(book, d, "ordinal", a.ordinal, [evidenceAt(ctx, "ordinal", a.start, a.end, true)], a.sentence.headline);
    const date = dateOfAnchor(a, scanDates(ctx.text, ctx.publishedAt, a.sentence.start, a.sentence.end));
    if (date) setField(book, d, "date", date.date, [evidenceAt(ctx, "date", date.start, date.end, date.stated)], false);
  }
}

/** the best-ranked venue per round, first in the text among equals; spellings vary, so no disagreement warning */
function addVenues(book: Book, anchors: RoundAnchor[]): void {
  const best = new Map<Draft, VenueHit>();
  for (const v of scanVenues(book.ctx)) {
    const a = anchorFor(book.ctx, anchors, v.start, false);
    const d = a && !a.foreign ? draftFor(book, PROVINCE, a) : null;
    const had = d ? best.get(d) : undefined;
    if (d && (!had || v.rank < had.rank)) best.set(d, v);
  }
  for (const [d, v] of best)
    d.fields.set("venue", { value: v.venue, evidence: [evidenceAt(book.ctx, "venue", v.start, v.end, true)], headline: false });
}

/** each tally to the round named nearest before it, under its own scope */
function addTallies(book: Book, anchors: RoundAnchor[]): void {
  const { ctx } = book;
  const inSummary = summarySentences(ctx);
  for (const t of talliesOf(ctx)) {
    if (inSummary.has(t.sentence)) continue;
    const a = anchorFor(ctx, anchors, t.start, t.sentence.headline);
    if (!a || a.foreign) continue;
    if (isRunningTotal(ctx.text, a, t)) continue;
    // 全省重点工程签约项目500个 counts something else
    if (OTHER_TALLY_RE.test(ctx.text.slice(Math.max(t.sentence.start, t.start - 12), t.start))) continue;
    const d = draftFor(book, t.scope, a);
    const byField = (f: string) => t.evidence.filter((e) => e.field === f);
    const values: [string, number | null][] = [
      ["projects", t.projects],
      ["investmentYuan", t.investmentYuan],
      ["outputValueYuan", t.outputValueYuan],
    ];
    for (const [key, value] of values) {
      const field = `${t.stage}.${key}`;
      // the scope's quote goes with the count, the tally's own evidence
      if (value !== null)
        setField(book, d, field, value, [...byField(field), ...(key === "projects" ? byField("scope") : [])], t.sentence.headline);
    }
  }
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
function anchorFor(ctx: ExtractContext, anchors: RoundAnchor[], at: number, headline: boolean): RoundAnchor | null {
  let last: RoundAnchor | null = null;
  for (const a of anchors) if (a.start <= at) last = a;
  if (last) return last;
  const next = anchors.find((a) => a.start > at);
  return next && (headline || !ctx.text.slice(at, next.start).includes("\n")) ? next : null;
}

/** the date closest to the anchor in its sentence; a partial date takes the round's stated year */
function dateOfAnchor(a: RoundAnchor, dates: DateMention[]): DateMention | null {
  if (dates.length === 0) return null;
  const d = dates.reduce((best, x) => (Math.abs(x.start - a.start) < Math.abs(best.start - a.start) ? x : best));
  if (d.stated || !a.yearStated || a.year === null) return d;
  const date = `${a.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  return Number.isNaN(Date.parse(date)) ? null : { ...d, year: a.year, date, stated: true };
}
