// Figures refined: quantities a round or summary already claimed are no figures; a figure stated again is one.
import type { FigureMention, RoundMention, SummaryMention } from "../../schema/index.js";
import type { Span } from "../context.js";
import type { Quantity } from "../scan/quantities.js";
import { spanIndex, touches } from "../text/spans.js";

/** the spans rounds and summaries quote: their numbers are theirs */
export function claimedSpans(mentions: (RoundMention | SummaryMention)[]): Span[] {
  return mentions.flatMap((m) => m.evidence.map(({ start, end }) => ({ start, end })));
}

/** quantities no claimed span touches */
export function unclaimed(quantities: Quantity[], claimed: Span[]): Quantity[] {
  const claimedIndex = spanIndex(claimed);
  return quantities.filter((q) => !touches(claimedIndex, q.start, q.end));
}

/** A figure stated again (headline and body) is one mention: same value and unit, one metric inside the other, subjects agreeing. */
export function mergeRepeats(figures: FigureMention[]): FigureMention[] {
  const merged: FigureMention[] = [];
  // only a figure of the same value and unit can be the same: each is compared with those, not with every figure
  const byAmount = new Map<string, FigureMention[]>();
  for (const f of figures) {
    const amount = `${f.value} ${f.unit}`;
    const candidates = byAmount.get(amount) ?? [];
    byAmount.set(amount, candidates);
    const same = candidates.find(
      (m) =>
        m.value === f.value &&
        m.unit === f.unit &&
        (m.metric.includes(f.metric) || f.metric.includes(m.metric)) &&
        (m.subject === f.subject || m.subject === null || f.subject === null),
    );
    if (!same) {
      merged.push(f);
      candidates.push(f);
      continue;
    }
    if (f.metric.length > same.metric.length) same.metric = f.metric;
    same.subject ??= f.subject;
    same.qualifier ??= f.qualifier;
    same.evidence.push(...f.evidence);
  }
  return merged;
}
