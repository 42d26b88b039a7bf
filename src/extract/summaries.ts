// Summaries: a year's rounds added up — 在2021年度开展的4次“三个一批”活动中,共签约一批项目1427个,总投资5805亿元;…
// The count of rounds (N次, never 第N次) names the summary; its tallies are the ones in the same sentence after it.
// A count of rounds without any tally (2020年8月以来…开展了7次) is not emitted: there is nothing to add up.
import { STAGES, type Evidence, type Stage, type SummaryMention, type Tally, type Warning } from "../schema/index.js";
import { isBlocked, type ExtractContext } from "./context.js";
import { parseYear } from "./dates.js";
import { parseNumeral } from "./numbers.js";
import { SAN_GE_YI_PI, YEAR_NUMERAL } from "./patterns.js";
import { matchesEndingAtMark } from "./round-anchors.js";
import { sentenceAt, type Sentence } from "./sentences.js";
import { talliesOf } from "./tally.js";

interface SummaryAnchor {
  year: number | null;
  rounds: number;
  sentence: Sentence;
  /** the next sentence when it carries on with the totals (…开展3次“三个一批”活动。累计签约项目800个…) */
  followOn: Sentence | null;
  start: number;
  end: number;
}

// 2021年度开展的4次“三个一批” | 去年开展的5次三个一批 | 2020年8月以来…7次“三个一批”: the year is dropped after 以来
const SUMMARY_RE = new RegExp(
  `(?:(?<year>${YEAR_NUMERAL})年(?:度|全年)?|(?<relative>今年|去年))(?<filler>[^。!?！？\\n]{0,16}?)` +
    `(?<![第\\d])(?<rounds>\\d{1,2}|两|[一二三四五六七八九十]{1,2})次(?:项目集中签约一批、开工一批、投产一批)?${SAN_GE_YI_PI}`,
  "gu",
);
// 2021年度 + 16 characters + 12次 + the long campaign name + quotes
const SUMMARY_REACH = 48;
const FOLLOW_ON_RE = /^(?:累计|共计|合计)/u;
const MARK = "三个一批";
const cache = new WeakMap<ExtractContext, SummaryAnchor[]>();

function summaryAnchors(ctx: ExtractContext): SummaryAnchor[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const pubYear = ctx.publishedAt === null ? null : Number(ctx.publishedAt.slice(0, 4));
  const found: SummaryAnchor[] = [];
  for (const m of matchesEndingAtMark(ctx, SUMMARY_RE, SUMMARY_REACH)) {
    const g = m.groups;
    const start = m.index;
    const end = start + m.text.length;
    const sentence = sentenceAt(ctx, start);
    const rounds = Number(parseNumeral(g.rounds ?? ""));
    if (!sentence || !(rounds >= 1) || isBlocked(ctx, start, end)) continue;
    // 2020年8月以来 spans years: no one year; 今年以来 is this year so far
    const since = (g.filler ?? "").includes("以来") && g.relative !== "今年";
    const stated = g.year ? parseYear(g.year) : pubYear === null ? null : pubYear - (g.relative === "去年" ? 1 : 0);
    found.push({ year: since ? null : stated, rounds, sentence, followOn: followOnOf(ctx, sentence), start, end });
  }
  cache.set(ctx, found);
  return found;
}

/** the sentence right after, when it starts with 累计/共计/合计 and names no round of its own */
function followOnOf(ctx: ExtractContext, sentence: Sentence): Sentence | null {
  const next = sentenceAt(ctx, sentence.end);
  if (!next || sentence.headline || next.headline) return null;
  const text = ctx.text.slice(next.start, next.end);
  return FOLLOW_ON_RE.test(text) && !text.includes(MARK) ? next : null;
}

/** sentences holding a summary (and its follow-on): their tallies belong to the summary, not to any round */
export function summarySentences(ctx: ExtractContext): Set<Sentence> {
  return new Set(summaryAnchors(ctx).flatMap((a) => (a.followOn ? [a.sentence, a.followOn] : [a.sentence])));
}

export function extractSummaries(ctx: ExtractContext, _warnings: Warning[]): SummaryMention[] {
  const anchors = summaryAnchors(ctx);
  if (anchors.length === 0) return [];
  const tallies = talliesOf(ctx);
  const out: SummaryMention[] = [];
  for (const a of anchors) {
    const inSentence = tallies.filter((t) => t.sentence === a.sentence && t.start >= a.end);
    const mine = inSentence.length > 0 ? inSentence : tallies.filter((t) => t.sentence === a.followOn);
    if (mine.length === 0) continue;
    const quote = ctx.text.slice(a.start, a.end);
    const ev = (field: string, stated: boolean): Evidence => ({ field, start: a.start, end: a.end, quote, stated, extractor: "summaries" });
    const evidence: Evidence[] = [
      ev("rounds", true),
      ...(a.year !== null ? [ev("year", /^\d|^[〇零一二三四五六七八九]/u.test(quote))] : []),
    ];
    const stage = (s: Stage): Tally | null => {
      const t = mine.find((x) => x.stage === s);
      if (!t) return null;
      evidence.push(...t.evidence.filter((e) => e.field !== "scope").map((e) => ({ ...e, extractor: "summaries" })));
      return { projects: t.projects, investmentYuan: t.investmentYuan, outputValueYuan: t.outputValueYuan };
    };
    const [signed, started, producing, total] = STAGES.map(stage);
    out.push({ scope: mine[0].scope, year: a.year, rounds: a.rounds, signed, started, producing, total, evidence });
  }
  return out;
}
