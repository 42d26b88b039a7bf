// Figures: every other stated quantity with a measure word (56个, 163.92亿元, 16.3%), its metric (the words just
// before it: 总投资, 增长, 开工建设项目) and its subject (the zone or 全省/全市 heading the sentence). Bare digit runs
// (phone numbers), dates, years and ordinals are not figures; the quantities handed in are already unclaimed.
import { placeNames } from "../../data/places.js";
import type { FigureMention } from "../../schema/index.js";
import { isBlocked, type ExtractContext } from "../context.js";
import type { ArticleHits } from "../hits.js";
import type { Quantity } from "../scan/quantities.js";
import type { ZoneHit } from "../scan/zones.js";
import { toYuan } from "../text/numbers.js";
import type { Sentences } from "../text/sentences.js";
import { countBelow } from "../text/spans.js";
import { metricAfter, metricBefore, SUBJECT_RE } from "./figure-metric.js";
import { isDigitAt } from "../../util/chars.js";
import { matchesOf } from "../../util/matches.js";

// date parts and durations of a calendar are not amounts
const NOT_A_MEASURE = new Set(["", "年", "月", "日"]);
const MULTIPLIER_TEXT: Readonly<Record<number, string>> = { 1: "", 1e4: "万", 1e6: "百万", 1e7: "千万", 1e8: "亿", 1e12: "万亿" };
// money written without 元 (投资30亿) is still money when the metric says so
const MONEY_METRIC_RE = /投资|产值|营收|收入|资金|金额|规模/u;
const DIVISION_RE = /\p{Script=Han}{2,3}?[市县]/gu;
// a unit heading the metric is who the figure is about (园区总投资: the park's total investment)
const UNIT_SUBJECT_RE = /^(?:有限公司|开发区|园区|企业|公司|集团|基地)/u;

/** the subject of a figure at `at`: the last zone named before it in its sentence, else 全省/全市 heading the sentence,
 * else a city or county named in full before it (平遥县…现场签约项目12个) */
function subjectOf(text: string, sentences: Sentences, at: number, zones: ZoneHit[]): string | null {
  const sentence = sentences.at(at)?.start ?? at;
  const zone = lastZoneIn(zones, sentence, at);
  if (zone) return zone.name;
  const head = text.slice(sentence, at);
  const whole = SUBJECT_RE.exec(head.trimStart())?.[0];
  if (whole) return whole;
  for (const m of matchesOf(DIVISION_RE, head)) if (placeNames().has(m[0])) return m[0];
  return null;
}

/**
 * The last zone (in the scanner's order) inside [from, to). Zones end in strictly increasing order (scan/zones.ts
 * reads on after each zone's end), so those ending by `to` are a prefix; walking back from its end, a zone ending
 * by `from` ends the search (it and all before it lie before `from`), and the zones passed on the way all
 * straddle `from`: a few, not every zone of the page.
 */
function lastZoneIn(zones: ZoneHit[], from: number, to: number): ZoneHit | undefined {
  for (let i = countBelow(zones, to + 1, (z) => z.end) - 1; i >= 0 && zones[i].end > from; i--) if (zones[i].start >= from) return zones[i];
  return undefined;
}

/** false when figureValue refuses `q` whatever its metric: a date part (3月), a bare number (a phone number), a count too
 * large to hold: over a quarter of the bench pages' quantities. Asked first, before the metric's segmenter calls. */
function mayHaveValue(q: Quantity): boolean {
  return q.unit === "元" || (q.unit === "" && q.multiplier > 1) || (!NOT_A_MEASURE.has(q.unit) && q.value !== null);
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

/** One figure per quantity that has a metric, in text order (refine/figures.ts merges repeats). */
export function assembleFigures(
  ctx: ExtractContext,
  hits: Pick<ArticleHits, "sentences" | "zones">,
  quantities: Quantity[],
): FigureMention[] {
  const { text } = ctx;
  const figures: FigureMention[] = [];
  for (const q of quantities) {
    if (isBlocked(ctx, q.start, q.end)) continue;
    if (text[q.start - 1] === "第" || isDigitAt(text, q.end)) continue; // an ordinal, or a cut digit run
    // small Chinese numerals make phrases (三个一批, 五个方面), not figures
    if (q.numeral === "chinese" && q.multiplier === 1) continue;
    if (!mayHaveValue(q)) continue;
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
      subject: subjectOf(text, hits.sentences, start, hits.zones) ?? found?.place ?? (headed ? unit : null),
      metric,
      ...value,
      qualifier,
      evidence: [{ field: "value", start, end, quote: text.slice(start, end), stated: true, extractor: "figures" }],
    });
  }
  return figures;
}
