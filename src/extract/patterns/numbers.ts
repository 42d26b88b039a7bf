// Number patterns: numerals, measure words and the one qualifier list (超, 约, 以上 …) with what each means.
// Regex sources only (no flags, no named groups): each scanner composes them into its own RegExp.

/** 1288.6, 1,427, 0.35; never the tail of a longer number */
export const NUMBER_ARABIC = String.raw`(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])`;

const CN_NUMERAL_CHAR = "零〇一二两三四五六七八九十百千";
/** 三百二十一, 二〇二一, 两; the lookarounds refuse vague amounts (十几, 数百, 几十) and cut-off numerals */
export const CHINESE_NUMERAL = `(?<![${CN_NUMERAL_CHAR}几数])[${CN_NUMERAL_CHAR}]+(?![${CN_NUMERAL_CHAR}几])`;

/** how a qualifier bounds the number it stands by: 超100亿 is at least 100亿, 近100亿 at most, 约100亿 about */
export type QualifierBound = "at-least" | "at-most" | "about";

interface Qualifier {
  word: string;
  bound: QualifierBound;
  /** where it is written: before the number (超100), between number and unit (300余名), after the unit (100亿元以上) */
  place: "before" | "inside" | "after";
  /** characters that, right before it, make it part of another word (签约 is no 约, 最近 no 近) */
  notAfter?: string;
}

/** The qualifier list, longest first within each place. */
export const QUALIFIERS: readonly Qualifier[] = [
  { word: "超过", bound: "at-least", place: "before" },
  { word: "将近", bound: "at-most", place: "before" },
  { word: "接近", bound: "at-most", place: "before" },
  { word: "大约", bound: "about", place: "before" },
  { word: "超", bound: "at-least", place: "before" },
  { word: "逾", bound: "at-least", place: "before" },
  { word: "近", bound: "at-most", place: "before", notAfter: "最附" },
  { word: "约", bound: "about", place: "before", notAfter: "签合节制公条预特邀违履缔" },
  { word: "余", bound: "at-least", place: "inside" },
  { word: "多", bound: "at-least", place: "inside" },
  { word: "以上", bound: "at-least", place: "after" },
  { word: "左右", bound: "about", place: "after" },
  { word: "之多", bound: "at-least", place: "after" },
];

const qualifierSource = (place: Qualifier["place"]) =>
  QUALIFIERS.filter((q) => q.place === place)
    .map((q) => (q.notAfter ? `(?<![${q.notAfter}])${q.word}` : q.word))
    .join("|");

/** qualifiers written before the number: 超100亿元, 逾300名, 近50家, 约2万吨 */
export const QUALIFIER_BEFORE = qualifierSource("before");
/** written between the number and its unit: 300余名, 20多个 */
export const QUALIFIER_INSIDE = qualifierSource("inside");
/** the words written between the number and its unit */
export const INSIDE_WORDS: readonly string[] = QUALIFIERS.filter((q) => q.place === "inside").map((q) => q.word);
/** qualifiers written after the unit: 100亿元以上 */
export const QUALIFIER_AFTER = qualifierSource("after");
/** the words a qualifier before a number can be (looked up just before a numeral) */
export const QUALIFIER_BEFORE_WORDS: ReadonlySet<string> = new Set(QUALIFIERS.filter((q) => q.place === "before").map((q) => q.word));

/** the bound a qualifier sets, or null for a word that is no qualifier */
export function qualifierBound(word: string): QualifierBound | null {
  return QUALIFIERS.find((q) => q.word === word)?.bound ?? null;
}

/** measure words after the multiplier, longest first (批 and 期 are left out: 一批 and 第一期 are not amounts) */
export const UNIT = [
  ...["个百分点", "平方公里", "平方米", "立方米", "千瓦时", "千瓦", "兆瓦", "公里", "千米", "美元"],
  ...["元", "个", "家", "项", "名", "人", "吨", "亩", "米", "宗", "支", "次", "台", "套", "条", "户", "座", "所", "件"],
  ...["辆", "倍", "年", "月", "日", "天", "%", "GW", "MW", "kW"],
].join("|");

/** Chinese numerals for ordinals: 第三次, 第十二次 */
export const ORDINAL_NUMERAL = "[一二三四五六七八九十]{1,3}|\\d{1,2}";
/** a four-digit year in either script: 2022, 二〇二二 */
export const YEAR_NUMERAL = "\\d{4}|[〇零一二三四五六七八九]{4}";
