// Numerals: Arabic and Chinese numerals, 万/亿 multipliers, exact yuan. Pure helpers, no scanning.
//   parseNumeral(text)               "1,288.6" | "三百二十一" | "二〇二一" | "两" → decimal string "1288.6", or null
//   parseChineseNumeral(text)        "三百二十一" → 321; "二〇二一" → 2021; "十几"/"数百" → null
//   scaleDecimal(decimal, power)     exact decimal shift: ("1288.6", 8) → "128860000000"
//   toYuan(numberText, unitText)     ("1288.6", "亿元") → 128860000000 exactly; null when not whole yuan
//   parseYear(text)                  "2021" | "二〇二一" → 2021; outside 1900–2100 or not a year → null
//   MULTIPLIER_POWER                 万 → 4, 亿 → 8, 万亿 → 12 …
import { CHINESE_NUMERAL, NUMBER_ARABIC } from "../patterns/numbers.js";

export const MULTIPLIER_POWER: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 万亿: 12, 千万: 7, 百万: 6 };

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
// module constants, not literals in the helpers: a literal is a new RegExp object each time it is evaluated, and these
// run for every number of every page
const CN_NUMERAL_RE = /^[零〇一二两三四五六七八九十百千万亿]+$/u;
const CN_PLACE_RE = /[十百千万亿]/u;
const YUAN_UNIT_RE = /^(?<multiplier>万亿|千万|百万|万|亿)?元?$/u;
const LEADING_ZEROS_RE = /^0+(?=\d)/;
const TRAILING_ZEROS_RE = /(?<!0)0+$/;
const TRAILING_DOT_RE = /\.$/;
/** a whole number Number() reads exactly (below 10^15 < 2^53): no BigInt needed to check it is safe */
const SMALL_WHOLE_RE = /^\d{1,15}$/;
const MAX_SAFE_YUAN = BigInt(Number.MAX_SAFE_INTEGER);

/** "三百二十一" → 321, "二〇二一" → 2021, "两" → 2, "十二" → 12, "一千零五" → 1005; vague or malformed → null. */
export function parseChineseNumeral(text: string): number | null {
  if (!CN_NUMERAL_RE.test(text)) return null;
  // digit by digit (二〇二一) when no place-value character is present
  if (!CN_PLACE_RE.test(text)) {
    if (text.length > 1 && text.includes("两")) return null;
    let digits = "";
    for (let i = 0; i < text.length; i++) digits += CN_DIGIT[text[i]]; // every numeral is one UTF-16 unit (checked above)
    return Number(digits);
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

/** "2021" or "二〇二一" → 2021; anything else → null */
export function parseYear(text: string): number | null {
  const n = /^\d{4}$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return n !== null && n >= 1900 && n <= 2100 ? n : null;
}

/** Any numeral as a plain decimal string: "1,288.6" → "1288.6", "三百二十一" → "321"; else null. */
export function parseNumeral(text: string): string | null {
  if (ARABIC_WHOLE_RE.test(text)) return canonicalDecimal(text.includes(",") ? text.replace(/,/g, "") : text);
  if (!CHINESE_WHOLE_RE.test(text)) return null;
  const n = parseChineseNumeral(text);
  return n === null ? null : String(n);
}

/** Exact decimal shift by `power` places on strings: ("1288.6", 8) → "128860000000"; ("0.35", 4) → "3500". */
export function scaleDecimal(decimal: string, power: number): string {
  // most numbers are whole: zeros appended, nothing split
  if (!decimal.includes(".")) return canonicalDecimal(power > 0 ? decimal + "0".repeat(power) : decimal);
  const [intPart, fracPart = ""] = decimal.split(".");
  const shifted = intPart + fracPart.slice(0, power).padEnd(power, "0");
  const rest = fracPart.slice(power);
  return canonicalDecimal(rest ? `${shifted}.${rest}` : shifted);
}

/** ("1288.6", "亿元") → 128860000000; ("5805", "亿") → 580500000000; not whole yuan or not money → null. */
export function toYuan(numberText: string, unitText: string): number | null {
  const m = YUAN_UNIT_RE.exec(unitText);
  const decimal = parseNumeral(numberText);
  if (!m || decimal === null) return null;
  const whole = scaleDecimal(decimal, MULTIPLIER_POWER[m.groups?.multiplier ?? ""] ?? 0);
  if (whole.includes(".")) return null; // a fraction of a yuan is a misread, not a value
  if (SMALL_WHOLE_RE.test(whole)) return Number(whole);
  const yuan = BigInt(whole);
  return yuan <= MAX_SAFE_YUAN ? Number(yuan) : null;
}

export function canonicalDecimal(s: string): string {
  let out = s.charCodeAt(0) === 0x30 ? s.replace(LEADING_ZEROS_RE, "") : s; // only a leading 0 is stripped
  if (out.includes(".")) out = out.replace(TRAILING_ZEROS_RE, "").replace(TRAILING_DOT_RE, "");
  return out;
}
