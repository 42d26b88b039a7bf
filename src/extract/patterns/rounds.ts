// Round patterns: how a round and a year's summary are named, the stage words, and the words that say a tally
// is not this round's. Read by the anchor and summary scanners, the round assembler and the check command.
import { SENTENCE_END_CHARS } from "../text/sentences.js";
import { CITY_NAMES } from "../places.js";
import { SELF_WORDS } from "../self-words.js";
import { ORDINAL_NUMERAL, YEAR_NUMERAL } from "./numbers.js";

/** the 三个一批 campaign name with or without quotes */
export const SAN_GE_YI_PI = '[“"「『]?三个一批[”"」』]?';
/** the mark every anchor and summary ends at, found with indexOf */
export const MARK = "三个一批";

/** the stage names, including rewritten copies (合同项目 for 签约项目, 生产项目 for 投产项目) */
export const STAGE_SIGNED = "签约|合同";
export const STAGE_STARTED = "开工";
export const STAGE_PRODUCING = "投产|生产";

/** cumulative or period wording: tallies in such a sentence are not one round's (unless the round is named) */
export const CUMULATIVE_WORDS = "累计|以来|年度|全年|上半年|前三季度";
/** words naming the round being reported: 本次活动, 本期活动 */
export const THIS_ROUND_WORDS = "本次|此次|本期|本轮";
/** another count standing where a round's would (全省重点工程签约项目500个): not the round's */
export const OTHER_TALLY_WORDS = "重点工程|重点项目|招商引资|外资|专业镇|产业链|民间投资|省级|国家级";

/** the clause before a round's name makes it a city's: 临汾市举行开发区…, 我市与全省同步举行开发区… (then the tallies
 * the round's sentence would give the province are the city's; 我县与全省同步举行…: the county's) */
export const CITY_HOLDS_RE = new RegExp(
  `(?<city>${CITY_NAMES}|${SELF_WORDS.city}|${SELF_WORDS.county})(?:与全省(?:开发区)?同步|同步)?举行了?(?:开发区|全省开发区)?$`,
  "u",
);

/** how far before a round's name CITY_HOLDS_RE is read: longer than any match (a city name + 20 characters) */
export const CITY_HOLDS_REACH = 64;

/** 先后开展“三个一批”活动4次: the sentence adds up several rounds (a summary of whoever held them), so its tallies are
 * no round's, even when a round is named right after it */
const ROUNDS_HELD = `(?:先后|累计|共|已|共计)(?:开展|举办|举行|组织|参加)了?${SAN_GE_YI_PI}(?:项目)?(?:活动)?(?<rounds>\\d{1,2}|[两二三四五六七八九十]{1,2})次`;
export const ROUNDS_HELD_RE = new RegExp(ROUNDS_HELD, "u");
/** 2021年综改区晋中开发区先后开展“三个一批”活动4次: the year's rounds of the subject written between the year and the
 * verb (its summary; the subject names whose totals they are) */
export const SUMMARY_HELD_RE = new RegExp(
  `(?<year>${YEAR_NUMERAL})年(?:度)?[,，]?(?<subject>[^${SENTENCE_END_CHARS},，;；:：“”"]{2,20}?)${ROUNDS_HELD}`,
  "gu",
);
/** SUMMARY_HELD_RE's reach before its 三个一批 (2021年度, + a 20-character subject + 先后开展了“) and after it (”项目活动12次) */
export const SUMMARY_HELD_REACH = 40;
export const SUMMARY_HELD_TAIL = 10;

/** the clause before a round's name plans for it (确保在全省第三次“三个一批”活动时…, 迎接…第四次…): no event */
export const PLANNED_RE = /(?<!按照?)(?:确保|争取|力争|计划|将于|准备|迎接|筹备)[^,，;；:：。]*$/u;

/** year (or 今年) + 第N次/期/轮 + up to 40 characters of the same clause + 三个一批 (2023年第一次常务会议强调,…三个一批 is no round) */
export const ANCHOR_RE = new RegExp(
  `(?:(?<year>${YEAR_NUMERAL})年(?:度)?|(?<thisYear>今年)|(?<lastYear>去年|上年)|(?<![\\d年]))(?:全省开发区)?` +
    `第(?<ordinal>${ORDINAL_NUMERAL})(?<unit>次|期|轮)(?<between>[^${SENTENCE_END_CHARS},，;；:：]{0,40}?)${SAN_GE_YI_PI}`,
  "gu",
);
/** how far before its 三个一批 an anchor may start: year 年度 全省开发区 第十二次 + 40 characters between + a quote */
export const ANCHOR_REACH = 64;

/** a rewritten copy naming the campaign by its stages, without 三个一批: 2021年第一期项目集中签约,开工一批、生产一批三批活动
 * (the year and all three stages written, in order, right after the ordinal) */
export const STAGE_NAMED_ANCHOR_RE = new RegExp(
  `(?<year>${YEAR_NUMERAL})年(?:全省开发区)?第(?<ordinal>${ORDINAL_NUMERAL})(?<unit>次|期)项目集中签约(?:一批)?[,，、]开工一批[,，、](?:投产|生产)一批`,
  "gu",
);
/** the words STAGE_NAMED_ANCHOR_RE ends at, found with indexOf, and how far before them it may start */
export const STAGE_NAMED_MARK = "开工一批";
export const STAGE_NAMED_REACH = 32;

/** 2021年度开展的4次“三个一批” | 去年开展的5次三个一批 | 2020年8月以来…7次“三个一批”: the year is dropped after 以来 */
export const SUMMARY_RE = new RegExp(
  `(?:(?<year>${YEAR_NUMERAL})年(?:度|全年)?|(?<relative>今年|去年))(?<filler>[^${SENTENCE_END_CHARS}]{0,16}?)` +
    `(?<![第\\d])(?<rounds>\\d{1,2}|两|[一二三四五六七八九十]{1,2})次(?:项目集中签约一批、开工一批、投产一批)?${SAN_GE_YI_PI}`,
  "gu",
);
/** 2021年度 + 16 characters + 12次 + the long campaign name + quotes */
export const SUMMARY_REACH = 48;
