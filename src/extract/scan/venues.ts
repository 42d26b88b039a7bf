// A round's venue: 省主会场晋中国家农高区, 在山西综改示范区(晋中片区)主会场, 主会场设在X, X设主会场, 与太原主会场同步, and
// (ranked below those) 活动在X举行 (活动8月31日在X举行, 活动暨…推进会在我区举行). A venue is a place: it ends in 区, 园, 县,
// 基地 … ; 在各市和X同步举行 names no one venue. 我市“签约一批”活动在X举行 is a city's (`cityHeld`), never the province's;
// which city's round it is the venue of, scan/city-venues.ts alone reads. The venue's name is made canonical here, from
// the zone gazetteer (晋中国家农高区 → its full name); a self word (我区) is resolved by the round assembler.
import { canonicalZoneName } from "../../data/zones.js";
import { isBlocked, type ExtractContext } from "../context.js";
import { CITY_NAMES, CITY_SHORT_NAMES } from "../places.js";
import { SELF_WORDS, WHOLE_WORDS } from "../self-words.js";
import type { Sentence, Sentences } from "../text/sentences.js";
import { matchesOf } from "../../util/matches.js";

export interface VenueHit {
  /** canonical name (the quote keeps it as written) */
  venue: string;
  /** 0 for a 主会场 phrasing, 1 for 活动在X举行: the lower rank wins */
  rank: number;
  /** the clause before 活动在X举行 names a city (我市“签约一批”活动, 分会场): a city's site, never the province's venue */
  cityHeld: boolean;
  start: number;
  end: number;
}

const PLACE_END = "(?:区|园|县|市|镇|基地|中心|广场|馆|厂|公司|集团|现场)(?:[(（][^)）]{1,12}[)）])?";
// no clause breaks and no 在/和/及/与 (a list of places is not one venue)
const VENUE_NAME = `(?!出席|参加|举行|介绍|通报)[^,，。、;；:：\\s在和及与]{1,22}?${PLACE_END}`;
const VENUE_RE = new RegExp(
  `(?:省)?主会场(?:设在|位于|为)?(?<after>${VENUE_NAME})(?=出席|举行|参加|召开|举办|[,，。;；]|$)` +
    `|在(?<before>${VENUE_NAME})(?:省)?主会场` +
    `|与(?<joined>${CITY_NAMES}|${CITY_SHORT_NAMES}|${VENUE_NAME})(?:省)?主会场同步` +
    `|(?<=^|[,，。;；\\s])(?<host>${VENUE_NAME})设(?:立)?(?:省)?主会场` +
    `|活动(?:暨[^,，。;；]{1,30}?)?(?:于?(?:\\d{1,2}月)?\\d{1,2}日(?:上午|下午)?)?在(?<held>${VENUE_NAME})举行`,
  "gu",
);
/** the clause before 活动在X举行 names a city as the one holding it (我市“签约一批”活动, 分会场): not the province's */
const CITY_CLAUSE_RE = new RegExp(`${CITY_NAMES}|${SELF_WORDS.city}|${WHOLE_WORDS.city}|分会场`, "u");
/** how far back the clause before 活动 is read for the city holding it */
const HELD_BY_REACH = 60;
const NOT_A_VENUE_RE = /^(?:省|各|全省|分会场)|会场/u;
const VENUE_WORDS = ["主会场", "举行"] as const;

/** Venues in text order; the regex reads only sentences holding 主会场 or 举行 (found with indexOf). */
export function scanVenues(ctx: ExtractContext, sentences: Sentences): VenueHit[] {
  const found: VenueHit[] = [];
  for (const sentence of sentencesWith(ctx.text, sentences, VENUE_WORDS)) {
    for (const m of matchesOf(VENUE_RE, ctx.text.slice(sentence.start, sentence.end))) {
      const g = m.groups ?? {};
      const written = g.after ?? g.before ?? g.joined ?? g.host ?? g.held ?? "";
      const matchAt = sentence.start + (m.index ?? 0);
      const at = matchAt + m[0].indexOf(written);
      if (NOT_A_VENUE_RE.test(written) || isBlocked(ctx, at, at + written.length)) continue;
      const rank = g.held === undefined ? 0 : 1;
      const cityHeld = g.held !== undefined && heldByCity(ctx.text, sentence.start, matchAt);
      found.push({ venue: canonicalZoneName(written), rank, cityHeld, start: at, end: at + written.length });
    }
  }
  return found;
}

/** 我市“签约一批”活动在X举行: the clause before 活动 names a city (or 我市, 分会场) as holding it */
function heldByCity(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at - HELD_BY_REACH), at);
  const clauseStart = Math.max(...[",", "，", ";", "；"].map((mark) => before.lastIndexOf(mark))) + 1;
  return CITY_CLAUSE_RE.test(before.slice(clauseStart));
}

function sentencesWith(text: string, sentences: Sentences, words: readonly string[]): Sentence[] {
  const starts = new Map<number, Sentence>();
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const s = sentences.at(at);
      if (s) starts.set(s.start, s);
    }
  }
  return [...starts.values()].sort((a, b) => a.start - b.start);
}

// the venue name, the words no venue starts with and the sentence finder, shared with the city venues (scan/city-venues.ts)
export { NOT_A_VENUE_RE, VENUE_NAME, sentencesWith };
