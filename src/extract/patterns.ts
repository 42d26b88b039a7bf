// Regex sources shared by the number, date, round and summary extractors: one constants module.
// Sources only (no flags, no named groups) so each extractor composes them into its own module-level RegExp.

/** 1288.6, 1,427, 0.35; never the tail of a longer number */
export const NUMBER_ARABIC = String.raw`(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])`;

const CN_NUMERAL_CHAR = "零〇一二两三四五六七八九十百千";
/** 三百二十一, 二〇二一, 两; the lookarounds refuse vague amounts (十几, 数百, 几十) and cut-off numerals */
export const CHINESE_NUMERAL = `(?<![${CN_NUMERAL_CHAR}几数])[${CN_NUMERAL_CHAR}]+(?![${CN_NUMERAL_CHAR}几])`;

/** qualifiers written before the number: 超100亿元, 逾300名, 近50家, 约2万吨 */
export const QUALIFIER_BEFORE = "超过|将近|接近|大约|超|逾|(?<![最附])近|(?<![签合节制公条预特邀违履缔])约";
/** qualifiers written after the unit: 100亿元以上 */
export const QUALIFIER_AFTER = "以上|左右|之多";

/** measure words after the multiplier, longest first (批 and 期 are left out: 一批 and 第一期 are not amounts) */
export const UNIT = [
  "个百分点",
  "平方公里",
  "平方米",
  "立方米",
  "千瓦时",
  "千瓦",
  "兆瓦",
  "公里",
  "千米",
  "美元",
  "元",
  "个",
  "家",
  "项",
  "名",
  "人",
  "吨",
  "亩",
  "米",
  "宗",
  "支",
  "次",
  "台",
  "套",
  "条",
  "户",
  "座",
  "所",
  "件",
  "辆",
  "倍",
  "年",
  "月",
  "日",
  "天",
  "%",
  "GW",
  "MW",
  "kW",
].join("|");

/** Chinese numerals for ordinals: 第三次, 第十二次 */
export const ORDINAL_NUMERAL = "[一二三四五六七八九十]{1,3}|\\d{1,2}";

/** the 三个一批 campaign name with or without quotes */
export const SAN_GE_YI_PI = '[“"「『]?三个一批[”"」』]?';

/** the stage names, including rewritten copies (合同项目 for 签约项目, 生产项目 for 投产项目) */
export const STAGE_SIGNED = "签约|合同";
export const STAGE_STARTED = "开工";
export const STAGE_PRODUCING = "投产|生产";

/** a four-digit year in either script: 2022, 二〇二二 */
export const YEAR_NUMERAL = "\\d{4}|[〇零一二三四五六七八九]{4}";
/** cumulative or period wording: tallies in such a sentence are not one round's (unless the round is named) */
export const CUMULATIVE_WORDS = "累计|以来|年度|全年|上半年|前三季度";
/** words naming the round being reported: 本次活动, 本期活动 */
export const THIS_ROUND_WORDS = "本次|此次|本期|本轮";
/** another count standing where a round's would (全省重点工程签约项目500个): not the round's */
export const OTHER_TALLY_WORDS = "重点工程|重点项目|招商引资|外资|专业镇|产业链|民间投资|省级|国家级";
/** a sentence: tallies, anchors and dates are bound within one */
export const SENTENCE_END = "[。!?！？\\n]";
