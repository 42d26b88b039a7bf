// Shared number helpers: Arabic and Chinese numerals, 万/亿 multipliers, exact yuan, qualifiers.
//
// Exported API (used by rounds, summaries, figures):
//   QUANTITY_RE                      global regex to scan a text for quantities (named groups below)
//   parseQuantity(text, at)          the quantity starting exactly at `at`, or null
//   scanQuantities(text)             every quantity in the text, in order
//   parseNumeral(text)               "1,288.6" | "三百二十一" | "二〇二一" | "两" → decimal string "1288.6", or null
//   parseChineseNumeral(text)        "三百二十一" → 321; "二〇二一" → 2021; "十几"/"数百" → null
//   scaleDecimal(decimal, power)     exact decimal shift: ("1288.6", 8) → "128860000000"
//   toYuan(numberText, unitText)     ("1288.6", "亿元") → 128860000000 exactly; null when not whole yuan
//   MULTIPLIER_POWER                 万 → 4, 亿 → 8, 万亿 → 12 …
// A Quantity's value is the number times its multiplier, computed on decimal strings (never a float
// multiply); `unit` is the measure word after the multiplier (元, 个, 吨, 平方米, %, "" when none).
import { CHINESE_NUMERAL, NUMBER_ARABIC, QUALIFIER_AFTER, QUALIFIER_BEFORE, UNIT } from "./patterns.js";

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

export const MULTIPLIER_POWER: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 万亿: 12, 千万: 7, 百万: 6 };

const QUANTITY_SOURCE =
  `(?<qualifierBefore>${QUALIFIER_BEFORE})?` +
  `(?:(?<arabic>${NUMBER_ARABIC})|(?<chinese>${CHINESE_NUMERAL}))` +
  `(?<approxInner>余|多)?(?<multiplier>万亿|千万|百万|万|亿)?(?<approxOuter>余|多)?` +
  `(?<unit>${UNIT})?(?<qualifierAfter>${QUALIFIER_AFTER})?`;

/** Scan with `QUANTITY_RE.lastIndex = 0; for (const m of text.matchAll(QUANTITY_RE))`. */
export const QUANTITY_RE = new RegExp(QUANTITY_SOURCE, "gu");
// sticky twin: parseQuantity matches exactly at a position without scanning ahead
const QUANTITY_AT_RE = new RegExp(QUANTITY_SOURCE, "yu");

// where a quantity can start: a digit or a Chinese numeral character (the qualifier is looked up just before it)
const NUMERAL_RUN_RE = /\d+|[零〇一二两三四五六七八九十百千]+/g;
const QUALIFIERS = new Set(["超过", "将近", "接近", "大约", "超", "逾", "近", "约"]);
const QUALIFIER_LENGTHS = [2, 1];

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };
// a Chinese numeral is whole: 十几, 二十几, 数百, 几十 are vague amounts, never numbers
const CHINESE_WHOLE_RE = new RegExp(`^${CHINESE_NUMERAL}$`, "u");
const ARABIC_WHOLE_RE = new RegExp(`^${NUMBER_ARABIC}$`, "u");

/** "三百二十一" → 321, "二〇二一" → 2021, "两" → 2, "十二" → 12, "一千零五" → 1005; vague or malformed → null. */
export function parseChineseNumeral(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/u.test(text)) return null;
  // digit by digit (二〇二一) when no place-value character is present
  if (!/[十百千万亿]/u.test(text)) {
    if (text.length > 1 && text.includes("两")) return null;
    return Number([...text].map((c) => CN_DIGIT[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CN_DIGIT) {
      if (digit !== null && CN_DIGIT[c] !== 0 && digit !== 0) return null; // 三五百: two digits in a row
      digit = CN_DIGIT[c];
    } else if (c === "万" || c === "亿") {
      section += digit ?? 0;
      if (section === 0 && total === 0) return null;
      total = c === "亿" ? (total + section) * CN_UNIT[c] : total + section * CN_UNIT[c];
      section = 0;
      digit = null;
    } else {
      // 十二 reads as 一十二 at the start of a section
      section += (digit ?? (section === 0 ? 1 : NaN)) * CN_UNIT[c];
      if (Number.isNaN(section)) return null;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** Any numeral as a plain decimal string: "1,288.6" → "1288.6", "三百二十一" → "321"; else null. */
export function parseNumeral(text: string): string | null {
  if (ARABIC_WHOLE_RE.test(text)) return canonicalDecimal(text.replace(/,/g, ""));
  if (!CHINESE_WHOLE_RE.test(text)) return null;
  const n = parseChineseNumeral(text);
  return n === null ? null : String(n);
}

/** Exact decimal shift by `power` places on strings: ("1288.6", 8) → "128860000000"; ("0.35", 4) → "3500". */
export function scaleDecimal(decimal: string, power: number): string {
  const [intPart, fracPart = ""] = decimal.split(".");
  const shifted = intPart + fracPart.slice(0, power).padEnd(power, "0");
  const rest = fracPart.slice(power);
  return canonicalDecimal(rest ? `${shifted}.${rest}` : shifted);
}

/** ("1288.6", "亿元") → 128860000000; ("5805", "亿") → 580500000000; not whole yuan or not money → null. */
export function toYuan(numberText: string, unitText: string): number | null {
  const m = /^(?<multiplier>万亿|千万|百万|万|亿)?元?$/u.exec(unitText);
  const decimal = parseNumeral(numberText);
  if (!m || decimal === null) return null;
  const whole = scaleDecimal(decimal, MULTIPLIER_POWER[m.groups?.multiplier ?? ""] ?? 0);
  if (whole.includes(".")) return null; // a fraction of a yuan is a misread, not a value
  const yuan = BigInt(whole);
  return yuan <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(yuan) : null;
}

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
  for (const run of text.matchAll(NUMERAL_RUN_RE)) {
    const at = run.index ?? 0;
    if (at < readTo) continue;
    const qualified = QUALIFIER_LENGTHS.map((n) => at - n).find((from) => from >= readTo && QUALIFIERS.has(text.slice(from, at)));
    const q = (qualified !== undefined ? parseQuantity(text, qualified) : null) ?? parseQuantity(text, at);
    if (q) {
      found.push(q);
      readTo = q.end;
    }
  }
  return found;
}

/** One QUANTITY_RE match → Quantity; a bare Chinese numeral (一, 三) without unit is never a quantity. */
export function quantityFromMatch(m: RegExpMatchArray | RegExpExecArray): Quantity | null {
  const g = m.groups ?? {};
  const numeral: Numeral = g.arabic !== undefined ? "arabic" : "chinese";
  if (numeral === "chinese" && !g.multiplier && !g.unit) return null;
  const number = parseNumeral(g.arabic ?? g.chinese ?? "");
  if (number === null) return null;
  const power = MULTIPLIER_POWER[g.multiplier ?? ""] ?? 0;
  const scaled = scaleDecimal(number, power);
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

function canonicalDecimal(s: string): string {
  let out = s.replace(/^0+(?=\d)/, "");
  if (out.includes(".")) out = out.replace(/0+$/, "").replace(/\.$/, "");
  return out;
}
