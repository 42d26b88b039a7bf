// Where a year's rounds are added up: 在2021年度开展的4次“三个一批”活动中…, 2021年综改区晋中开发区先后开展“三个一批”
// 活动4次… The count of rounds (N次, never 第N次) names the summary; the words between the year and the count may
// name whose it is (the subject); its tallies are found by the tally scanner in the same (or the next) sentence.
import type { ExtractContext } from "../context.js";
import { MARK, SUMMARY_HELD_REACH, SUMMARY_HELD_RE, SUMMARY_HELD_TAIL, SUMMARY_RE, SUMMARY_REACH } from "../patterns/rounds.js";
import { parseNumeral, parseYear } from "../text/numbers.js";
import type { Sentence, Sentences } from "../text/sentences.js";
import { matchesEndingAtMark, publishYear } from "./marks.js";

export interface SummaryAnchor {
  year: number | null;
  rounds: number;
  sentence: Sentence;
  /** the next sentence when it carries on with the totals (…开展3次“三个一批”活动。累计签约项目800个…) */
  followOn: Sentence | null;
  /** the words between the year and the count of rounds (2021年综改区晋中开发区先后开展…): whose rounds, when they say */
  subject: { start: number; end: number; held: boolean } | null;
  start: number;
  end: number;
}

const FOLLOW_ON_RE = /^(?:累计|共计|合计)/u;

export function scanSummaryAnchors(ctx: ExtractContext, sentences: Sentences, marks: number[]): SummaryAnchor[] {
  const pubYear = publishYear(ctx);
  const found: SummaryAnchor[] = [];
  const counted = matchesEndingAtMark(ctx, marks, sentences, SUMMARY_RE, SUMMARY_REACH).map((m) => ({ ...m, held: false }));
  const held = matchesEndingAtMark(ctx, marks, sentences, SUMMARY_HELD_RE, SUMMARY_HELD_REACH, SUMMARY_HELD_TAIL).map((m) => ({
    ...m,
    held: true,
  }));
  for (const { groups: g, start, end, sentence, held: isHeld } of [...counted, ...held].sort((a, b) => a.start - b.start)) {
    const rounds = Number(parseNumeral(g.rounds ?? ""));
    if (!(rounds >= 1)) continue;
    // 2020年8月以来 spans years: no one year; 今年以来 is this year so far
    const since = (g.filler ?? "").includes("以来") && g.relative !== "今年";
    const stated = g.year ? parseYear(g.year) : pubYear === null ? null : pubYear - (g.relative === "去年" ? 1 : 0);
    const words = g.subject ?? g.filler ?? "";
    const at = words === "" ? -1 : ctx.text.indexOf(words, start + (g.year ?? g.relative ?? "").length);
    const subject = at < 0 ? null : { start: at, end: at + words.length, held: isHeld };
    const followOn = followOnOf(ctx.text, sentences, sentence);
    found.push({ year: since ? null : stated, rounds, sentence, followOn, subject, start, end });
  }
  return found;
}

/** the sentence right after, when it starts with 累计/共计/合计 and names no round of its own */
function followOnOf(text: string, sentences: Sentences, sentence: Sentence): Sentence | null {
  const next = sentences.at(sentence.end);
  if (!next || sentence.headline || next.headline) return null;
  const words = text.slice(next.start, next.end);
  return FOLLOW_ON_RE.test(words) && !words.includes(MARK) ? next : null;
}

/** sentences holding a summary (and its follow-on): their tallies belong to the summary, not to any round */
export function summarySentences(anchors: SummaryAnchor[]): Set<Sentence> {
  return new Set(anchors.flatMap((a) => (a.followOn ? [a.sentence, a.followOn] : [a.sentence])));
}
