// Quantities: every number with its multiplier, measure word and qualifier (超100亿元, 300余名, 16.3%).
//   QUANTITY_RE                      global regex to scan a text for quantities (named groups below)
//   parseQuantity(text, at)          the quantity starting exactly at `at`, or null
//   scanQuantities(text)             every quantity in the text, in order
// A Quantity's value is the number times its multiplier, computed on decimal strings (never a float
// multiply); `unit` is the measure word after the multiplier (元, 个, 吨, 平方米, %, "" when none).
import {
  CHINESE_NUMERAL,
  INSIDE_WORDS,
  NUMBER_ARABIC,
  QUALIFIER_AFTER,
  QUALIFIER_BEFORE,
  QUALIFIER_BEFORE_WORDS,
  QUALIFIER_INSIDE,
  UNIT,
} from "../patterns/numbers.js";
import { canonicalDecimal, MULTIPLIER_POWER, parseNumeral, scaleDecimal } from "../text/numbers.js";
import { matchesOf } from "../../util/matches.js";

export type Numeral = "arabic" | "chinese";

export interface Quantity {
  /** number × multiplier, exact when it fits a double; null when it does not */
  value: number | null;
  /** the number as a decimal string, before the multiplier: "1288.6" */
  number: string;
  /** 1, 1e4 (万), 1e8 (亿) … */
  multiplier: number;
  /** measure word after the multiplier: 元, 个, 吨, 平方米, %; "" when none */
  unit: string;
  /** 超, 逾, 近, 约, 余, 多, 以上 …; null when the number is stated plainly */
  qualifier: string | null;
  numeral: Numeral;
  start: number;
  end: number;
}

const QUANTITY_SOURCE =
  `(?<qualifierBefore>${QUALIFIER_BEFORE})?` +
  `(?:(?<arabic>${NUMBER_ARABIC})|(?<chinese>${CHINESE_NUMERAL}))` +
  `(?<approxInner>${QUALIFIER_INSIDE})?(?<multiplier>万亿|千万|百万|万|亿)?(?<approxOuter>${QUALIFIER_INSIDE})?` +
  `(?<unit>${UNIT})?(?<qualifierAfter>${QUALIFIER_AFTER})?`;

/** Scan with `QUANTITY_RE.lastIndex = 0; for (const m of text.matchAll(QUANTITY_RE))`. */
export const QUANTITY_RE = new RegExp(QUANTITY_SOURCE, "gu");
// sticky twin: parseQuantity matches exactly at a position without scanning ahead
const QUANTITY_AT_RE = new RegExp(QUANTITY_SOURCE, "yu");

// A Chinese numeral is a quantity only with a multiplier or a unit (quantityFromMatch), written right after its whole run
// or after 余/多: a run followed by anything else (一批, 三是) is never read. Built from the lists the pattern is made of.
const CHINESE_QUANTITY_NEXT = [...new Set([...UNIT.split("|"), ...Object.keys(MULTIPLIER_POWER), ...INSIDE_WORDS].map((w) => w[0]))]
  .map((c) => c.replace(/[\\\]\[^-]/g, "\\$&"))
  .join("");
// where a quantity can start: a digit or the start of a run of Chinese numerals (the qualifier is looked up just before it)
const NUMERAL_RUN_RE = new RegExp(
  `\\d+|(?<![零〇一二两三四五六七八九十百千])[零〇一二两三四五六七八九十百千]+(?=[${CHINESE_QUANTITY_NEXT}])`,
  "g",
);
const QUALIFIER_LENGTHS = [2, 1];
// a qualifier before a number ends right before it: a number after none of their last characters (nearly all) has none
const QUALIFIER_LAST_CODES = new Set([...QUALIFIER_BEFORE_WORDS].map((w) => w.charCodeAt(w.length - 1)));

/** The quantity that starts exactly at `at` (qualifier included), or null. */
export function parseQuantity(text: string, at: number): Quantity | null {
  QUANTITY_AT_RE.lastIndex = at;
  const m = QUANTITY_AT_RE.exec(text);
  return m ? quantityFromMatch(m) : null;
}

/**
 * Every quantity in the text, left to right: the same results as scanning with QUANTITY_RE, but the full regex runs
 * sticky only where a run of numerals starts (a plain character-class scan finds those), from its qualifier if any.
 */
export function scanQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  let readTo = 0;
  for (const run of matchesOf(NUMERAL_RUN_RE, text)) {
    const at = run.index ?? 0;
    if (at < readTo) continue;
    const qualified = qualifierStart(text, at, readTo);
    const q = (qualified >= 0 ? parseQuantity(text, qualified) : null) ?? parseQuantity(text, at);
    if (q) {
      found.push(q);
      readTo = q.end;
    }
  }
  return found;
}

/** where a qualifier word (超, 近, 约 …) that ends at `at` starts, not before `from`; -1 when none does (a loop, not an
 * array of candidates: it runs for every number of every page) */
function qualifierStart(text: string, at: number, from: number): number {
  if (!QUALIFIER_LAST_CODES.has(text.charCodeAt(at - 1))) return -1;
  for (const n of QUALIFIER_LENGTHS) if (at - n >= from && QUALIFIER_BEFORE_WORDS.has(text.slice(at - n, at))) return at - n;
  return -1;
}

/** One QUANTITY_RE match → Quantity; a bare Chinese numeral (一, 三) without unit is never a quantity. */
export function quantityFromMatch(m: RegExpMatchArray | RegExpExecArray): Quantity | null {
  const g = m.groups ?? {};
  const numeral: Numeral = g.arabic !== undefined ? "arabic" : "chinese";
  if (numeral === "chinese" && !g.multiplier && !g.unit) return null;
  const number = parseNumeral(g.arabic ?? g.chinese ?? "");
  if (number === null) return null;
  const power = MULTIPLIER_POWER[g.multiplier ?? ""] ?? 0;
  // parseNumeral's decimal is canonical already: without a multiplier there is nothing to shift
  const scaled = power === 0 ? number : scaleDecimal(number, power);
  const value = Number(scaled);
  const qualifier = g.qualifierBefore ?? g.approxInner ?? g.approxOuter ?? g.qualifierAfter ?? null;
  return {
    value: Number.isFinite(value) && (scaled.includes(".") || Number.isSafeInteger(value)) ? value : null,
    number,
    multiplier: 10 ** power,
    unit: g.unit ?? "",
    qualifier,
    numeral,
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  };
}
