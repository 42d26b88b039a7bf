// City rounds: a city holds its part of a round — 临汾市举行开发区2022年第一次“三个一批”活动, 我市与全省同步举行…,
// 我市在交城经开区举行…项目集中开工仪式 — so it has a round of its own (the round's year, ordinal and date) even when the
// article gives it no figure; its 分会场 is that round's venue, and a site of one of its stages is no venue of the
// province's round. 我市 is the article's city (self-words.ts), and only when the context stage says which.
import type { Evidence, Scope } from "../../schema/index.js";
import type { ExtractContext } from "../context.js";
import type { ArticleHits } from "../hits.js";
import { CITY_HOLDS_REACH, CITY_HOLDS_RE } from "../patterns/rounds.js";
import type { RoundAnchor } from "../scan/anchors.js";
import type { CityVenueHit } from "../scan/city-venues.js";
import type { VenueHit } from "../scan/venues.js";
import { selfLevel, selfScope } from "../self-words.js";
import { draftFor, evidenceAt, setScalar, type Book, type Draft } from "./round-drafts.js";

/** the province's venue hits: none a city holds (我市“签约一批”活动在X举行, a city's venue or stage site) */
export function provinceVenues(hits: ArticleHits): VenueHit[] {
  const sites = new Set(hits.cityVenues.sites);
  return hits.venues.filter((v) => !v.cityHeld && !sites.has(v.start));
}

/** the rounds of the cities holding a round, and their venues, the first in the text each (after the tallies, which make
 * most city rounds): the one place a city's round gets its venue */
export function addCityRounds(book: Book, hits: ArticleHits): void {
  const { ctx } = book;
  const own = hits.anchors.filter((a) => !a.foreign);
  for (const a of own) {
    const holder = cityHolding(ctx, a);
    if (holder) cityDraft(book, holder.scope, a, holder.evidence);
  }
  for (const v of hits.cityVenues.venues) {
    const a = anchorOf(own, v);
    if (!a) continue;
    const scope: Scope = { level: "city", name: v.city };
    const holder =
      v.holder && evidenceAt(ctx, "scope", v.holder.start, v.holder.end, ctx.text.startsWith(v.city.slice(0, 2), v.holder.start));
    // a 分会场 or a site is the venue of a round the city has; holding its event somewhere makes the round
    const d = v.kind === "held" ? cityDraft(book, scope, a, holder) : [...book.drafts.values()].find((x) => sameRound(x, scope, a));
    if (d && !d.scalars.venue) {
      // a site's holder is not quoted with it: the city's round is named by its own figures
      const evidence = [evidenceAt(ctx, "venue", v.start, v.end, true), ...(holder && v.kind !== "site" ? [holder] : [])];
      d.scalars.venue = { value: v.venue, evidence, headline: false };
    }
  }
}

/**
 * 临汾市举行开发区2022年第一次“三个一批”活动 / 我市与全省同步举行…: a city holds the round, so the tallies its sentence
 * would give the province are the city's (我县: the county's). undefined: no city holds it; null: 我市 (我县) of a city
 * (county) the article does not name.
 */
export function cityHolding(ctx: ExtractContext, a: RoundAnchor): { scope: Scope; evidence: Evidence } | null | undefined {
  // CITY_HOLDS_RE ends at the name and is shorter than the reach: reading further back finds nothing more
  const before = ctx.text.slice(Math.max(a.sentence.start, a.start - CITY_HOLDS_REACH), a.start);
  // the last clause before the name: after its last , ， ; ；
  const clauseStart = Math.max(...[",", "，", ";", "；"].map((mark) => before.lastIndexOf(mark))) + 1;
  const m = CITY_HOLDS_RE.exec(before.slice(clauseStart));
  const said = m?.groups?.city;
  if (!m || !said) return undefined;
  const self = selfLevel(said);
  const scope: Scope | null = self ? selfScope(ctx, self) : { level: "city", name: said };
  if (scope === null) return null;
  const start = a.start - m[0].length;
  return { scope, evidence: evidenceAt(ctx, "scope", start, start + said.length, self === null) };
}

/** the city's draft of the anchor's round; a new one quotes the round's name and the holder for its scope */
function cityDraft(book: Book, scope: Scope, a: RoundAnchor, holder: Evidence | null): Draft {
  const had = [...book.drafts.values()].find((x) => sameRound(x, scope, a));
  if (had) return had;
  const d = draftFor(book, scope, a);
  const named = evidenceAt(book.ctx, "ordinal", a.start, a.end, true);
  setScalar(book, d, "ordinal", { value: a.ordinal, evidence: holder ? [named, holder] : [named], headline: a.sentence.headline });
  return d;
}

const sameRound = (d: Draft, scope: Scope, a: RoundAnchor) =>
  d.scope.level === scope.level && d.scope.name === scope.name && d.year === a.year && d.ordinal === a.ordinal;

/** the round a city venue belongs to: named in its sentence (the last before it, else the first after), else for a
 * 分会场 or a site the one named last before it */
function anchorOf(anchors: RoundAnchor[], v: CityVenueHit): RoundAnchor | null {
  const inSentence = anchors.filter((a) => a.sentence.start <= v.start && v.start < a.sentence.end);
  const before = (list: RoundAnchor[]) => list.filter((a) => a.start <= v.start).pop();
  if (inSentence.length > 0) return before(inSentence) ?? inSentence[0];
  return v.kind === "held" ? null : (before(anchors) ?? null);
}
