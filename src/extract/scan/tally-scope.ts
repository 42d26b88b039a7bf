// Whose tally it is: the subject written before it (太原市签约…), else the one it inherits (the tally before it in
// its sentence, across 其中, or the province when the sentence speaks of the province or the round).
import { canonicalZoneName } from "../../data/zones.js";
import type { Evidence, Scope } from "../../schema/index.js";
import {
  CARRIES_ON_RE,
  FOLLOWS_ON_RE,
  HOLDER_OPENS_RE,
  PLACE_END_RE,
  PROVINCE_END_RE,
  RESPECTIVELY,
  ROUND_CONTEXT_RE,
  SHARED_SUBJECT_BEFORE_RE,
  SUBJECT_RE,
} from "../patterns/tallies.js";
import type { SelfLevel } from "../self-words.js";
import type { Sentence, Sentences } from "../text/sentences.js";
import { matchesOf } from "../../util/matches.js";

export const PROVINCE: Scope = { level: "province", name: "山西省" };
// how far back a tally's subject may stand: 本次全省开发区“三个一批”活动,太原市签约项目34个
export const SUBJECT_WINDOW = 40;
const LOOKAHEAD = 12;
const CAMPAIGN = "一批";

/** the tally before, as far as scope inheritance needs it */
export interface PreviousTally {
  scope: Scope | null;
  sentence: Sentence;
  end: number;
}

export interface Subject {
  scope: Scope | null;
  scopeEvidence: Evidence | null;
  /** 我市/本市/全市 (city), 我县/本县/全县 (county): whose it is, selfScope says (self-words.ts); the quote of the word */
  self?: { level: Exclude<SelfLevel, "zone">; evidence: Evidence };
}

/**
 * A tally without a subject of its own: the previous tally's subject within a sentence or across 其中 (太原市共有85个项目…。
 * 其中,签约项目34个); else the province when the sentence speaks of the province or the round (全省, 本次, 三个一批: a city
 * holding the round takes that over in the assembler); else the city holding the campaign's event told in the sentence
 * right before (吕梁市举行开发区…活动。其中,…; 我市“签约一批”活动在X举行。…14个项目现场签约). Null scope: nobody known.
 */
export function inheritedSubject(text: string, sentences: Sentences, sentence: Sentence, prev: PreviousTally | null): Subject {
  const inherited = (scope: Scope | null): Subject => ({ scope, scopeEvidence: null });
  if (prev && prev.sentence === sentence) return inherited(prev.scope);
  const adjacent = prev !== null && text.slice(prev.sentence.end, sentence.start).trim() === "";
  if (prev && adjacent && FOLLOWS_ON_RE.test(text.slice(sentence.start, sentence.start + 4))) return inherited(prev.scope);
  const context = sentence.headline ? lineAround(text, sentence.start) : text.slice(sentence.start, sentence.end);
  if (ROUND_CONTEXT_RE.test(context)) return inherited(PROVINCE);
  const held = sentence.headline ? null : holderBefore(text, sentences, sentence);
  if (held) return held;
  // …全省开发区已开展3次“三个一批”活动。累计签约项目800个: the totals carry on from the sentence before
  const before = sentence.headline || !CARRIES_ON_RE.test(context) ? null : sentences.at(sentence.start - 1);
  return inherited(before && !before.headline && ROUND_CONTEXT_RE.test(text.slice(before.start, before.end)) ? PROVINCE : null);
}

/** the city (or 我市) that holds the event the sentence right before tells, in the same paragraph */
function holderBefore(text: string, sentences: Sentences, sentence: Sentence): Subject | null {
  const before = sentences.at(sentence.start - 1);
  if (!before || before.headline) return null;
  const told = text.slice(before.start, before.end);
  if (!told.includes(CAMPAIGN)) return null; // the event is the campaign's (三个一批, “签约一批”), not any 举行
  const m = HOLDER_OPENS_RE.exec(told);
  const g = m?.groups;
  if (!m || !g) return null;
  const said = g.selfCity ?? g.city ?? "";
  const s = before.start + (m.index ?? 0) + m[0].indexOf(said);
  const evidence: Evidence = { field: "scope", start: s, end: s + said.length, quote: said, stated: !g.selfCity, extractor: "rounds" };
  return g.selfCity
    ? { scope: null, scopeEvidence: null, self: { level: "city", evidence } }
    : { scope: { level: "city", name: said }, scopeEvidence: evidence };
}

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The last subject written in [from, to): 太原市 → city, 全省 → the province (no evidence needed), 园区 → a scope not
 * named (scope null: the tally is dropped); none → null. A zone's name is made canonical here, where it is found. */
export function scopeBefore(text: string, from: number, to: number): Subject | null {
  const windowStart = Math.max(from, to - SUBJECT_WINDOW);
  // the window runs a little past the tally so a zone's lookahead sees the stage word; the regex never sees more
  let last: RegExpMatchArray | null = null;
  for (const m of matchesOf(SUBJECT_RE, text.slice(windowStart, to + LOOKAHEAD))) if ((m.index ?? 0) < to - windowStart) last = m;
  const g = last?.groups;
  const place = PLACE_END_RE.exec(text.slice(windowStart, to));
  if (place && (place.groups?.name?.length ?? 0) >= 2 && !PROVINCE_END_RE.test(text.slice(windowStart, to))) {
    const placeEnd = to - windowStart - (place.groups?.after?.length ?? 0);
    if (!last || (last.index ?? 0) + last[0].length !== placeEnd) return { scope: null, scopeEvidence: null };
  }
  if (!last || !g) return null;
  if (g.province) return { scope: PROVINCE, scopeEvidence: null };
  if (g.unnamed) return { scope: null, scopeEvidence: null };
  if (g.selfCity || g.selfCounty) {
    const s = windowStart + (last.index ?? 0);
    const evidence: Evidence = { field: "scope", start: s, end: s + last[0].length, quote: last[0], stated: false, extractor: "rounds" };
    return { scope: null, scopeEvidence: null, self: { level: g.selfCity ? "city" : "county", evidence } };
  }
  const level = g.city || g.cityShort ? "city" : g.county ? "county" : "zone";
  const name = g.city ?? (g.cityShort ? `${g.cityShort}市` : undefined) ?? g.county ?? canonicalZoneName(g.zone ?? "");
  const s = windowStart + (last.index ?? 0);
  if (SHARED_SUBJECT_BEFORE_RE.test(text.slice(windowStart, s)) || text.slice(s, to).includes(RESPECTIVELY))
    return { scope: null, scopeEvidence: null };
  return {
    scope: { level, name },
    scopeEvidence: { field: "scope", start: s, end: s + last[0].length, quote: last[0], stated: true, extractor: "rounds" },
  };
}
