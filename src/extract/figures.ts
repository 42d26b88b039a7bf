// Figures: every other stated quantity with a measure word (56个, 163.92亿元, 16.3%), its metric (the
// words just before it: 总投资, 增长, 开工建设项目) and its subject (the zone or 全省/全市 heading the sentence).
// Bare digit runs (phone numbers), dates, years, ordinals and numbers already claimed are not figures.
import type { FigureMention, Warning, ZoneMention } from "../schema/index.js";
import { isBlocked, type ExtractContext, type Span } from "./context.js";
import { scanQuantities, toYuan, type Quantity } from "./numbers.js";
import { extractZones } from "./zones.js";
import { segment } from "./segment.js";
import { COMMON_WORD_PLACES, placeNames } from "../data/places.js";

const EXTRACTOR = "figures";
// date parts and durations of a calendar are not amounts
const NOT_A_MEASURE = new Set(["", "年", "月", "日"]);
const MULTIPLIER_TEXT: Readonly<Record<number, string>> = { 1: "", 1e4: "万", 1e6: "百万", 1e7: "千万", 1e8: "亿", 1e12: "万亿" };
// money written without 元 (投资30亿) is still money when the metric says so
const MONEY_METRIC_RE = /投资|产值|营收|收入|资金|金额|规模/u;
const CLAUSE_BREAK_RE = /[,，。；;:：、!！?？()（）“”"\n\s]/u;
const SENTENCE_BREAK_RE = /[。！!？?；;\n]/u;
// words between a metric and its number that say nothing (共有, 达) or say it is a partial list (等)
const LINK_WORD_RE = /^(?:共有|共计|合计|累计|达到|实现|完成|共|有|达|为|是|了|已|约|总计|等|的|又|和|及|与|可达|可|将达|将)$/u;
const SUBJECT_RE = /^(?:全省|全市|全县|全区|我省|我市)/u;
const DIVISION_RE = /\p{Script=Han}{2,3}?[市县]/gu;
// a unit heading the metric is who the figure is about (园区总投资: the park's total investment)
const UNIT_SUBJECT_RE = /^(?:有限公司|开发区|园区|企业|公司|集团|基地)/u;
// an action verb leading the metric is not what is counted (聘任专员 → 专员, 打造投资 → 投资); stage verbs are
const STAGE_VERB_RE = /^(?:签约|开工|投产|竣工|落地|推进|建设|新建|新增|引进|招引|增长|下降|提高|达产|储备|实施|入驻|开业)$/u;
const MAX_METRIC = 6;
const WINDOW = 12;

/** The words just before `at` in its clause, read right to left by token until a link word, a place or 6 characters. */
interface MetricBefore {
  metric: string;
  start: number;
  place: string | null;
  /** 活动举行|268个项目, 两市共有|149个项目: a verb or a count before the number, so the counted noun follows it */
  endsInVerb: boolean;
}

function metricBefore(text: string, at: number): MetricBefore | null {
  let from = at;
  while (from > 0 && at - from < WINDOW && !CLAUSE_BREAK_RE.test(text[from - 1])) from--;
  const tokens = segment(text.slice(from, at));
  let start = at;
  let metricEnd = at; // the link words right before the number (可达, 共有) are no part of the metric
  let place: string | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.word === "等" || /\d/u.test(t.word)) break; // 甲等8个: the count is of what follows
    if (LINK_WORD_RE.test(t.word) && start === at) {
      metricEnd = from + t.start;
      continue;
    }
    if (LINK_WORD_RE.test(t.word)) break;
    if (t.tag === "t" || /^(?:[该此这其]|其中)$/u.test(t.word)) break; // 今年, 当天, 该, 其中: time and pointer words are not the metric
    if (t.word.length === 1 && t.tag === "f") break; // 活动中|签约项目: 中 closes the phrase before it
    if (((t.tag === "ns" || placeNames().has(t.word)) && !COMMON_WORD_PLACES.has(t.word)) || SUBJECT_RE.test(t.word)) {
      place = t.word;
      break;
    }
    if (at - (from + t.start) > MAX_METRIC) break;
    start = from + t.start;
  }
  let metric = text.slice(start, Math.max(start, metricEnd)).replace(/(?:共有|共计|共|有|达|为|是|了|已|的)$/u, "");
  // 聘任专员: a leading action verb is dropped when a noun follows it
  const lead = tokens.find((t) => from + t.start === start);
  if (lead && lead.tag === "v" && !STAGE_VERB_RE.test(lead.word) && metric.length > lead.word.length) {
    start += lead.word.length;
    metric = metric.slice(lead.word.length);
  }
  // the last word before the number, link words (了, 有) aside
  let last = tokens.length - 1;
  while (last >= 0 && LINK_WORD_RE.test(tokens[last].word)) last--;
  const endsInVerb = last >= 0 && /^(?:v|x|m|r)$/u.test(tokens[last].tag);
  return metric ? { metric, start, place, endsInVerb } : place ? { metric: "", start: at, place, endsInVerb } : null;
}

/** The noun after a measure word: 14个|代表项目, read by token until a verb or 6 characters. */
function metricAfter(text: string, at: number): string {
  let metric = "";
  for (const t of segment(text.slice(at, at + WINDOW))) {
    if (CLAUSE_BREAK_RE.test(t.word) || t.tag.startsWith("v") || LINK_WORD_RE.test(t.word)) break;
    if (metric.length + t.word.length > MAX_METRIC) break;
    metric += t.word;
  }
  return metric;
}

function subjectOf(text: string, at: number, zones: { name: string; start: number; end: number }[]): string | null {
  let sentence = at;
  while (sentence > 0 && !SENTENCE_BREAK_RE.test(text[sentence - 1])) sentence--;
  const zone = zones.filter((z) => z.start >= sentence && z.end <= at).at(-1);
  if (zone) return zone.name;
  const head = text.slice(sentence, at);
  const whole = SUBJECT_RE.exec(head.trimStart())?.[0];
  if (whole) return whole;
  // a city or county named in full before the figure: 平遥县…现场签约项目12个
  for (const m of head.matchAll(DIVISION_RE)) if (placeNames().has(m[0])) return m[0];
  return null;
}

function figureValue(q: Quantity, metric: string): { value: number; unit: string } | null {
  const money = q.unit === "元" || (q.unit === "" && q.multiplier > 1 && MONEY_METRIC_RE.test(metric));
  if (money) {
    const yuan = toYuan(q.number, MULTIPLIER_TEXT[q.multiplier] + "元");
    return yuan === null ? null : { value: yuan, unit: "元" };
  }
  if (NOT_A_MEASURE.has(q.unit) || q.value === null) return null;
  return { value: q.value, unit: q.unit };
}

/** A figure stated again (headline and body) is one mention: same value and unit, one metric inside the other, subjects agreeing. */
function mergeRepeats(figures: FigureMention[]): FigureMention[] {
  const merged: FigureMention[] = [];
  for (const f of figures) {
    const same = merged.find(
      (m) =>
        m.value === f.value &&
        m.unit === f.unit &&
        (m.metric.includes(f.metric) || f.metric.includes(m.metric)) &&
        (m.subject === f.subject || m.subject === null || f.subject === null),
    );
    if (!same) {
      merged.push(f);
      continue;
    }
    if (f.metric.length > same.metric.length) same.metric = f.metric;
    same.subject ??= f.subject;
    same.qualifier ??= f.qualifier;
    same.evidence.push(...f.evidence);
  }
  return merged;
}

/** `zones`: the article's zones when the caller has them already (extractZones runs once per article) */
export function extractFigures(ctx: ExtractContext, claimed: Span[], warnings: Warning[], zones?: ZoneMention[]): FigureMention[] {
  const { text } = ctx;
  const zoneSpans = (zones ?? extractZones(ctx, warnings)).flatMap((z) =>
    z.evidence.map((e) => ({ name: z.name, start: e.start, end: e.end })),
  );
  const figures: FigureMention[] = [];
  for (const q of scanQuantities(text)) {
    if (claimed.some((c) => q.start < c.end && q.end > c.start) || isBlocked(ctx, q.start, q.end)) continue;
    if (text[q.start - 1] === "第" || /\d/u.test(text[q.end] ?? "")) continue; // an ordinal, or a cut digit run
    // small Chinese numerals make phrases (三个一批, 五个方面), not figures
    if (q.numeral === "chinese" && q.multiplier === 1) continue;
    // 签约 is a verb, not 签 + the qualifier 约
    const at = q.qualifier === "约" && text[q.start - 1] === "签" ? q.start + 1 : q.start;
    const qualifier = at === q.start ? q.qualifier : null;
    const found = metricBefore(text, at);
    // the words after are read only when those before do not settle the metric (each read is a segmenter call)
    const after = !found?.metric || found.endsInVerb ? metricAfter(text, q.end) : "";
    // 举行268个项目: the noun after the measure word is what a verb before it counted
    const before = found?.metric && !(found.endsInVerb && after) ? found : null;
    let metric = before?.metric || after;
    if (!metric) continue;
    const value = figureValue(q, metric);
    if (!value) continue;
    const start = before ? before.start : at;
    const end = before ? q.end : q.end + metric.length;
    const unit = before ? UNIT_SUBJECT_RE.exec(metric)?.[0] : undefined;
    const headed = unit !== undefined && metric.length > unit.length;
    if (headed) metric = metric.slice(unit.length);
    figures.push({
      subject: subjectOf(text, start, zoneSpans) ?? found?.place ?? (headed ? unit : null),
      metric,
      ...value,
      qualifier,
      evidence: [{ field: "value", start, end, quote: text.slice(start, end), stated: true, extractor: EXTRACTOR }],
    });
  }
  return mergeRepeats(figures);
}
