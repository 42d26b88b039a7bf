// Summaries: a year's rounds added up — 在2021年度开展的4次“三个一批”活动中,共签约一批项目1427个,总投资5805亿元;…
// Each summary anchor takes the tallies after it in its sentence (else those of its follow-on sentence).
// A count of rounds without any tally (2020年8月以来…开展了7次) is not emitted: there is nothing to add up.
// Whose: the subject written before the count (2021年综改区晋中开发区先后开展…: the zone's, 我区 the article's zone),
// else the tallies' own scope; a subject nobody resolves (我市 with no city known) makes no summary, and the
// 先后开展…活动N次 form needs its subject named.
import { STAGES, type Evidence, type Stage, type SummaryMention, type Tally } from "../../schema/index.js";
import type { ExtractContext } from "../context.js";
import type { ArticleHits } from "../hits.js";
import { tallyOf, type TallyHit } from "../scan/tallies.js";
import { subjectScope } from "./subject.js";
import type { Sentence } from "../text/sentences.js";
import { countBelow } from "../text/spans.js";

const YEAR_WRITTEN_RE = /^\d|^[〇零一二三四五六七八九]/u;

/** one sentence's tallies in text order, all and by stage: what an anchor takes is found by binary search */
interface SentenceTallies {
  all: TallyHit[];
  byStage: Map<Stage, TallyHit[]>;
}

export function assembleSummaries(ctx: ExtractContext, hits: Pick<ArticleHits, "summaryAnchors" | "tallies" | "zones">): SummaryMention[] {
  // a sentence of a thousand tallies and summary anchors is not read again for each anchor
  const bySentence = new Map<Sentence | null, SentenceTallies>();
  for (const t of hits.tallies) {
    const own: SentenceTallies = bySentence.get(t.sentence) ?? { all: [], byStage: new Map() };
    bySentence.set(t.sentence, own);
    own.all.push(t);
    own.byStage.get(t.stage)?.push(t) ?? own.byStage.set(t.stage, [t]);
  }
  const firstFrom = (list: TallyHit[] | undefined, from: number) => list?.[countBelow(list, from, (t) => t.start)];
  const out: SummaryMention[] = [];
  for (const a of hits.summaryAnchors) {
    // the tallies after the anchor in its sentence, else all of its follow-on sentence's
    const own = bySentence.get(a.sentence);
    const inSentence = firstFrom(own?.all, a.end) !== undefined;
    const mine = inSentence ? own : bySentence.get(a.followOn);
    const from = inSentence ? a.end : -Infinity;
    const first = firstFrom(mine?.all, from);
    if (!mine || !first) continue;
    const named = a.subject ? subjectScope(ctx, hits, a.subject.start, a.subject.end, "summaries") : undefined;
    if (named === null || (named === undefined && a.subject?.held)) continue;
    const quote = ctx.text.slice(a.start, a.end);
    const ev = (field: string, stated: boolean): Evidence => ({ field, start: a.start, end: a.end, quote, stated, extractor: "summaries" });
    const evidence: Evidence[] = [ev("rounds", true), ...(a.year !== null ? [ev("year", YEAR_WRITTEN_RE.test(quote))] : [])];
    if (named) evidence.push(named.evidence);
    const stage = (s: Stage): Tally | null => {
      const t = firstFrom(mine.byStage.get(s), from);
      if (!t) return null;
      evidence.push(...t.values.map((v) => ({ ...v.evidence, extractor: "summaries" })));
      return tallyOf(t.values);
    };
    const [signed, started, producing, total] = STAGES.map(stage);
    // figures whose subject is not said (我区 with no zone known) are nobody's summary
    const scope = named?.scope ?? first.scope;
    if (scope === null) continue;
    out.push({ scope, year: a.year, rounds: a.rounds, signed, started, producing, total, evidence });
  }
  return out;
}
