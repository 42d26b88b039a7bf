// What coverage counts as "a number", and what it calls a number's subject.
//
// A number is a quantity the quantity scanner found (scan/quantities.ts) that states an amount:
//   - a count with its measure word (263个, 30余家, 两次), money (1288.6亿元), a percentage (16.3%, 2个百分点),
//     a measure (5万平方米, 300亩), or any number with a multiplier (3万, 1.2亿).
// It is not a number when it is
//   - part of a date or a year: its unit is 年, 月 or 日 (2023年, 5月20日, 二〇二三年; a span of years, 三年, too);
//   - an ordinal: 第 stands right before it (第三次, 第14期: the round's name, not an amount);
//   - bare, with neither measure word nor multiplier: list numbers (1. 2、), phone numbers (0351-1234567), times
//     (10:30), codes (5G) and dates written with dashes or dots (2023-05-01) are all bare, and Chinese never
//     counts without a measure word;
//   - a phrase: one Chinese numeral character before its measure word, with no multiplier and no qualifier, names
//     items of a slogan or a list, not an amount (三个一批, 四个意识, 五个方面, 三次产业, 十二届三次全会, 一个平台);
//     written amounts take more characters or a qualifier (三十八个项目, 一百零七个, 千余人).
import { CITY_NAMES, CITY_SHORT_NAMES, COUNTY_NAMES, OTHER_CITY_NAMES, OTHER_PROVINCE_NAMES } from "../places.js";
import type { Quantity } from "../scan/quantities.js";
import { matchesOf } from "../../util/matches.js";

const DATE_UNITS: ReadonlySet<string> = new Set(["年", "月", "日"]);
const ORDINAL_MARK = "第";
const CN_NUMERAL_RE = /[零〇一二两三四五六七八九十百千]+/u;

/** how many characters the numeral itself takes (超, 余 and the measure word aside) */
function numeralLength(text: string, q: Quantity): number {
  return CN_NUMERAL_RE.exec(text.slice(q.start, q.end))?.[0].length ?? 0;
}

/** true when the quantity at q states an amount (the rule above) */
export function isCountedNumber(text: string, q: Quantity): boolean {
  if (DATE_UNITS.has(q.unit)) return false;
  if (q.unit === "" && q.multiplier === 1) return false;
  if (text[q.start - 1] === ORDINAL_MARK) return false;
  if (q.numeral === "chinese" && q.multiplier === 1 && q.qualifier === null && numeralLength(text, q) === 1) return false;
  return true;
}

/**
 * The words that can be a number's apparent subject: scope words (全省, 我市, 本县 …), Shanxi's cities (with or without
 * 市) and counties, and other provinces and their cities (a look-alike's figures show whose they are). Zones come
 * from the zone scanner's hits, not from here. 市场 is no 市.
 */
export const SUBJECT_WORD_RE = new RegExp(
  `全国|全省|我省|本省|(?:全|我|本)市(?!场)|(?:全|我|本)县|(?:全|我|本)区(?!域)|山西省|山西` +
    `|${CITY_NAMES}|${COUNTY_NAMES}|${OTHER_PROVINCE_NAMES}|${OTHER_CITY_NAMES}|${CITY_SHORT_NAMES}`,
  "gu",
);

/** a word that can be a subject, where it ends */
export interface SubjectWord {
  word: string;
  end: number;
}

type Placed = { mention: string; start: number; end: number };

/** The subject words of text[from, to) in order of their ends; `zones` are the zone hits inside it (as written). */
export function subjectWords(text: string, from: number, to: number, zones: Placed[]): SubjectWord[] {
  const words: SubjectWord[] = [];
  for (const m of matchesOf(SUBJECT_WORD_RE, text.slice(from, to))) words.push({ word: m[0], end: from + (m.index ?? 0) + m[0].length });
  for (const z of zones) words.push({ word: z.mention, end: z.end });
  return words.sort((a, b) => a.end - b.end);
}
