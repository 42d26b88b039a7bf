// A figure's metric: the words just before its number (总投资, 开工建设项目), read by segmenter token, else the noun
// after its measure word (14个|代表项目). A place met on the way is noted as the figure's subject.
import { COMMON_WORD_PLACES, placeNames } from "../../data/places.js";
import { segment } from "../text/segment.js";

const CLAUSE_BREAK_RE = /[,，。；;:：、!！?？()（）“”"\n\s]/u;
// words between a metric and its number that say nothing (共有, 达) or say it is a partial list (等)
export const LINK_WORD_RE = /^(?:共有|共计|合计|累计|达到|实现|完成|共|有|达|为|是|了|已|约|总计|等|的|又|和|及|与|可达|可|将达|将)$/u;
/** 全省, 全市 …: a whole division heading a figure is its subject */
export const SUBJECT_RE = /^(?:全省|全市|全县|全区|我省|我市)/u;
// an action verb leading the metric is not what is counted (聘任专员 → 专员, 打造投资 → 投资); stage verbs are
const STAGE_VERB_RE = /^(?:签约|开工|投产|竣工|落地|推进|建设|新建|新增|引进|招引|增长|下降|提高|达产|储备|实施|入驻|开业)$/u;
const MAX_METRIC = 6;
const WINDOW = 12;
// module constants, not literals made anew for each token of each quantity
const DIGIT_RE = /\d/u;
const POINTER_WORD_RE = /^(?:[该此这其]|其中)$/u;
const TRAILING_LINK_RE = /(?:共有|共计|共|有|达|为|是|了|已|的)$/u;
/** a verb, a count or a pronoun as the last word before a number: the counted noun follows it */
const COUNTING_TAG_RE = /^(?:v|x|m|r)$/u;

/** The words just before `at` in its clause, read right to left by token until a link word, a place or 6 characters. */
export interface MetricBefore {
  metric: string;
  start: number;
  place: string | null;
  /** 活动举行|268个项目, 两市共有|149个项目: a verb or a count before the number, so the counted noun follows it */
  endsInVerb: boolean;
}

export function metricBefore(text: string, at: number): MetricBefore | null {
  let from = at;
  while (from > 0 && at - from < WINDOW && !CLAUSE_BREAK_RE.test(text[from - 1])) from--;
  const tokens = segment(text.slice(from, at));
  let start = at;
  let metricEnd = at; // the link words right before the number (可达, 共有) are no part of the metric
  let place: string | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.word === "等" || DIGIT_RE.test(t.word)) break; // 甲等8个: the count is of what follows
    if (LINK_WORD_RE.test(t.word) && start === at) {
      metricEnd = from + t.start;
      continue;
    }
    if (LINK_WORD_RE.test(t.word)) break;
    if (t.tag === "t" || POINTER_WORD_RE.test(t.word)) break; // 今年, 当天, 该, 其中: time and pointer words are not the metric
    if (t.word.length === 1 && t.tag === "f") break; // 活动中|签约项目: 中 closes the phrase before it
    if (((t.tag === "ns" || placeNames().has(t.word)) && !COMMON_WORD_PLACES.has(t.word)) || SUBJECT_RE.test(t.word)) {
      place = t.word;
      break;
    }
    if (at - (from + t.start) > MAX_METRIC) break;
    start = from + t.start;
  }
  let metric = text.slice(start, Math.max(start, metricEnd)).replace(TRAILING_LINK_RE, "");
  // 聘任专员: a leading action verb is dropped when a noun follows it
  const lead = tokens.find((t) => from + t.start === start);
  if (lead && lead.tag === "v" && !STAGE_VERB_RE.test(lead.word) && metric.length > lead.word.length) {
    start += lead.word.length;
    metric = metric.slice(lead.word.length);
  }
  // the last word before the number, link words (了, 有) aside
  let last = tokens.length - 1;
  while (last >= 0 && LINK_WORD_RE.test(tokens[last].word)) last--;
  const endsInVerb = last >= 0 && COUNTING_TAG_RE.test(tokens[last].tag);
  return metric ? { metric, start, place, endsInVerb } : place ? { metric: "", start: at, place, endsInVerb } : null;
}

/** The noun after a measure word: 14个|代表项目, read by token until a verb or 6 characters. */
export function metricAfter(text: string, at: number): string {
  let metric = "";
  for (const t of segment(text.slice(at, at + WINDOW))) {
    if (CLAUSE_BREAK_RE.test(t.word) || t.tag.startsWith("v") || LINK_WORD_RE.test(t.word)) break;
    if (metric.length + t.word.length > MAX_METRIC) break;
    metric += t.word;
  }
  return metric;
}
