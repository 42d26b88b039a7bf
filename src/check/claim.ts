// A journalist's claim parsed into what it says: scope, year, the round(s) or the year's summary it is about, the date
// it gives, and its figures. "2022年第二次太原签约34个项目", "2022年第一次和第二次三个一批分别签约347个和321个项目",
// "2021年全年共开展4次三个一批，签约项目1427个".
import { ORDINAL_NUMERAL, YEAR_NUMERAL } from "../extract/patterns/numbers.js";
import { SAN_GE_YI_PI } from "../extract/patterns/rounds.js";
import { parseNumeral, parseYear } from "../extract/text/numbers.js";
import type { OrdinalUnit, Scope } from "../schema/index.js";
import { assignFigureScopes } from "./figure-scopes.js";
import { readFigures, type ClaimField, type ClaimFigure } from "./figures.js";
import { findScope, type ClaimScope } from "./scope.js";

export type { ClaimField, ClaimFigure } from "./figures.js";
export type { ClaimScope } from "./scope.js";

/** how figures relate to the rounds a claim names: each round's, one per round (分别), or their sum (共) */
export type Aggregate = "each" | "respectively" | "sum";

export interface Claim {
  text: string;
  /** the scope as resolved (or left unknown) through the gazetteer */
  scope: ClaimScope;
  year: number;
  /** the rounds named (第一次和第二次 → [1, 2]); empty with `summary` for a claim about the whole year */
  ordinals: number[];
  /** the unit the rounds are numbered in as written (第二期 → 期); null for 第二次, 第二批 or a bare 第二 */
  ordinalUnit: OrdinalUnit | null;
  /** the date as written (YYYY-MM-DD): finds the round when no ordinal is named, and is checked as a fact */
  date: string | null;
  /** where the claim says the round was held (在综改区举行, 主会场设在…), resolved like a scope; checked as a fact */
  venue: ClaimScope | null;
  summary: boolean;
  /** 2020年8月以来…累计: a summary since the year, not of the year */
  cumulative: boolean;
  aggregate: Aggregate;
  figures: ClaimFigure[];
}

export type ParsedClaim = { ok: true; claim: Claim } | { ok: false; reason: string };

const YEAR_RE = new RegExp(`(?<year>${YEAR_NUMERAL})\\s*年(?:度)?`, "u");
/** the unit after the number, or none — but 第三季度 is a quarter of the year, never a round */
const ROUND = `(?:次|期|批|轮|(?!季))`;
/** 第二次, 第一次和第二次, 第一、二次, 第一次、第二次 */
export const ORDINALS_RE = new RegExp(
  // \s*(?:第\s*)? and not \s*第?\s*: two spaces runs side by side split a run of n spaces n² ways (ReDoS)
  `第\\s*(?:${ORDINAL_NUMERAL})${ROUND}(?:\\s*(?:和|与|及|、|,|，)\\s*(?:第\\s*)?(?:${ORDINAL_NUMERAL})${ROUND})*`,
  "u",
);
const ORDINAL_RE = new RegExp(`${ORDINAL_NUMERAL}`, "gu");
const UNIT_RE = /期|轮/u;
/** 6月22日, or 2022年6月22日 where the claim's year came first (2022年第二次…于2022年6月22日举行) */
const DATE_RE =
  /(?:(?<year>(?:19|20)\d{2})\s*年\s*)?(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?<day>3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日/u;
const CAMPAIGN_RE = new RegExp(`${SAN_GE_YI_PI}(?:活动)?`, "gu");
const SUMMARY_WORDS_RE = /全年|年度|累计|以来|共开展|共举办|共举行|(?<!\d)\d+次|[一二三四五六七八九十两]次/u;
const SUM_WORDS_RE = /共|合计|累计|总计/u;
const RESPECTIVELY_RE = /分别/u;
const SINCE_RE = /以来/u;
/** 在综改区举行, 主会场设在长治经开区, 在晋中国家农高区主会场: the venue, never the scope */
const VENUE_NAME = "[^，,。；;\\s在和及与]{2,22}?";
const VENUE_RE = new RegExp(
  `主会场(?:设在|位于|为)(?<after>${VENUE_NAME})(?=[，,。；;]|$|举行)|在(?<held>${VENUE_NAME})(?:主会场|举行|召开|举办)`,
  "u",
);

/** Blank a span with spaces so later scans keep offsets but never re-read it. */
const blank = (s: string, m: RegExpExecArray | null) =>
  m ? s.slice(0, m.index) + " ".repeat(m[0].length) + s.slice(m.index + m[0].length) : s;

export function parseClaim(text: string): ParsedClaim {
  let rest = text;
  const year = YEAR_RE.exec(rest);
  const yearValue = year ? parseYear(year.groups!.year) : null;
  if (!year || yearValue === null) return { ok: false, reason: "no year (e.g. 2023年)" };
  rest = blank(rest, year);
  const ordinalsMatch = ORDINALS_RE.exec(rest);
  rest = blank(rest, ordinalsMatch);
  const ordinals = ordinalsMatch ? [...ordinalsMatch[0].matchAll(ORDINAL_RE)].map((m) => Number(parseNumeral(m[0]))) : [];
  const ordinalUnit = (UNIT_RE.exec(ordinalsMatch?.[0] ?? "")?.[0] ?? null) as OrdinalUnit | null;
  const dateMatch = DATE_RE.exec(rest);
  rest = blank(rest, dateMatch);
  rest = rest.replace(CAMPAIGN_RE, (m) => " ".repeat(m.length));
  const venueMatch = VENUE_RE.exec(rest);
  rest = blank(rest, venueMatch);
  const venue = venueMatch ? findScope(venueMatch.groups!.after ?? venueMatch.groups!.held).scope : null;
  const summary = ordinals.length === 0 && dateMatch === null && SUMMARY_WORDS_RE.test(rest);
  if (ordinals.length === 0 && !dateMatch && !summary)
    return { ok: false, reason: "no round: say which one (第四次), its date (8月31日) or the year's summary (全年)" };
  if (/全市|全县|全区/u.test(rest)) return { ok: false, reason: "which city? name it (太原市), 全市 is not enough" };
  const figures = readFigures(rest, text);
  // a claim about a round's date or venue alone (2022年第二次…于6月22日举行) has no figure to read, and needs none
  if (figures.length === 0 && !(ordinals.length && (dateMatch || venueMatch)))
    return { ok: false, reason: "no figure to check (e.g. 签约233个项目, 总投资1288.6亿元)" };
  const firstFigure = figures.length ? Math.min(...figures.map((f) => f.start)) : rest.length;
  const headScope = findScope(rest.slice(0, firstFigure)).scope;
  const perFigure = figures.length > 0 && assignFigureScopes(rest, figures);
  if (perFigure) for (const f of figures) f.scope ??= headScope;
  const scope = perFigure ? figures[0].scope! : headScope;
  const aggregate: Aggregate =
    ordinals.length < 2 ? "each" : RESPECTIVELY_RE.test(rest) ? "respectively" : SUM_WORDS_RE.test(rest) ? "sum" : "each";
  if (aggregate === "respectively") {
    const perRound = assignRounds(figures, ordinals.length);
    if (!perRound) return { ok: false, reason: `分别 needs one figure per round named (${ordinals.length}) for each stage` };
  }
  const date = dateMatch ? isoDate(yearValue, dateMatch) : null;
  if (dateMatch && date === null) return { ok: false, reason: `cannot read the date "${dateMatch[0]}"` };
  const cumulative = summary && SINCE_RE.test(rest);
  const claim = { text, scope, year: yearValue, ordinals, ordinalUnit, date, venue, summary, cumulative, aggregate, figures };
  return { ok: true, claim };
}

/** 分别 over k rounds: the figures of each field, in order, are the rounds' in order. */
function assignRounds(figures: ClaimFigure[], k: number): boolean {
  const byField = new Map<ClaimField, ClaimFigure[]>();
  for (const f of figures) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  if ([...byField.values()].some((list) => list.length !== k)) return false;
  for (const list of byField.values()) list.forEach((f, i) => (f.roundIndex = i));
  return true;
}

function isoDate(claimYear: number, m: RegExpExecArray): string | null {
  const year = m.groups!.year ? Number(m.groups!.year) : claimYear;
  const month = Number(parseNumeral(m.groups!.month));
  const day = Number(parseNumeral(m.groups!.day));
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** the scope's name, or the unknown name as written */
export function scopeLabel(claim: Claim): string {
  return claim.scope.resolved ? claim.scope.scope.name : claim.scope.written;
}

export function resolvedScope(claim: Claim): Scope | null {
  return claim.scope.resolved ? claim.scope.scope : null;
}
