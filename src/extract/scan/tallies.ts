// Tallies of a round or summary: 签约项目N个 (and its phrasings, see patterns/tallies.ts), the 总投资 and 预计年产值
// bound to that stage, 共推进项目N个 / N个项目集中签约开工投产 as the total; each with the scope written before it.
import type { Evidence, Scope, Stage, Tally, TallyField } from "../../schema/index.js";
import { fieldPath } from "../../schema/index.js";
import { isBlocked, type ExtractContext } from "../context.js";
import {
  COUNT_FIRST,
  INVESTMENT_AT_RE,
  INVESTMENT_BEFORE_REACH,
  INVESTMENT_BEFORE_RE,
  OUTPUT_AT_RE,
  SIGNED_INVESTMENT_AT_RE,
  STAGE_OF,
  TALLY_AT_RE,
  TALLY_KEYWORD_RE,
  THIS_ROUND_RE,
} from "../patterns/tallies.js";
import { parseNumeral, toYuan } from "../text/numbers.js";
import { selfScope } from "../self-words.js";
import type { Sentence, Sentences } from "../text/sentences.js";
import { inheritedSubject, scopeBefore, SUBJECT_WINDOW, type PreviousTally } from "./tally-scope.js";
import { isDigitAt } from "../../util/chars.js";
import { matchesOf } from "../../util/matches.js";

/** one figure of a tally: the count or an amount read with it */
export interface TallyValue {
  field: TallyField;
  value: number;
  evidence: Evidence;
}

export interface TallyHit {
  stage: Stage;
  /** the count first, then 总投资 and 年产值 when written right after it */
  values: TallyValue[];
  /** the subject's quote (太原市), when one was written */
  scopeEvidence: Evidence | null;
  /** 签约321个 or 合同项目N个: kept only beside a tally of another stage */
  bare: boolean;
  /** 合同项目 / 生产项目: a rewritten stage name, kept alone only where the sentence names the round */
  rewritten: boolean;
  /** 新签约项目N个: kept only where the sentence names the round (今年以来新签约… is the year's) */
  fresh: boolean;
  /** 10个项目进行了现场签约: the projects signed at the ceremony (the stage's count only where nothing else gives it) */
  onSite: boolean;
  /** null: whose figures these are is not said (我区, 园区): no round's; a summary naming its subject may take them */
  scope: Scope | null;
  /** false when the scope is inherited (from the tally before or the sentence speaking of the round), not written */
  scopeStated: boolean;
  sentence: Sentence;
  start: number;
  end: number;
}

// a tally whose subject is nobody known (scope null) is kept, so the tallies after it in its sentence inherit that,
// not the province
type ScannedHit = TallyHit;

// a module constant, not a literal: a literal is a new RegExp object at each evaluation, here at each tally
const LEADING_COMMA_RE = /^[,，、]/u;

/** Every tally in the article, in text order. */
export function scanTallies(ctx: ExtractContext, sentences: Sentences): TallyHit[] {
  const found: ScannedHit[] = [];
  let readTo = 0;
  for (const k of matchesOf(TALLY_KEYWORD_RE, ctx.text)) {
    let at = k.index ?? 0;
    if (at < readTo) continue;
    if (k[0].startsWith(COUNT_FIRST)) while (at > 0 && isDigitAt(ctx.text, at - 1)) at--; // the count comes first
    TALLY_AT_RE.lastIndex = at;
    const m = TALLY_AT_RE.exec(ctx.text);
    const tally = m ? readTally(ctx, sentences, m, at, found[found.length - 1] ?? null) : null;
    if (tally) {
      found.push(tally);
      readTo = tally.end;
    }
  }
  // a bare 签约321个 counts only in a list with another stage (a headline); 合同项目N个 also in a sentence naming the round
  const stages = new Map<Sentence, Set<Stage>>();
  const namesRound = new Map<Sentence, boolean>(); // a sentence is read once, however many tallies it holds
  const roundNamed = (s: Sentence) => namesRound.get(s) ?? namesRound.set(s, THIS_ROUND_RE.test(ctx.text.slice(s.start, s.end))).get(s)!;
  for (const t of found) stages.get(t.sentence)?.add(t.stage) ?? stages.set(t.sentence, new Set([t.stage]));
  return found
    .filter((t) => !t.fresh || roundNamed(t.sentence))
    .filter((t) => !t.bare || stages.get(t.sentence)!.size > 1 || (t.rewritten && roundNamed(t.sentence)));
}

/** a tally's values as the record's Tally */
export function tallyOf(values: TallyValue[]): Tally {
  const of = (field: TallyField) => values.find((v) => v.field === field)?.value ?? null;
  return { projects: of("projects"), investmentYuan: of("investmentYuan"), outputValueYuan: of("outputValueYuan") };
}

function readTally(
  ctx: ExtractContext,
  sentences: Sentences,
  m: RegExpExecArray,
  start: number,
  prev: PreviousTally | null,
): ScannedHit | null {
  const { text } = ctx;
  const g = m.groups ?? {};
  const countText =
    g.count ??
    g.cnCount ??
    g.freshCount ??
    g.rewrittenCount ??
    g.totalCount ??
    g.hostCount ??
    g.combinedCount ??
    g.stageFirstCount ??
    g.siteCount ??
    g.listCount ??
    "";
  const projects = Number(parseNumeral(countText));
  let end = start + m[0].length;
  const sentence = sentences.at(start);
  if (!sentence || !Number.isSafeInteger(projects) || isBlocked(ctx, start, end)) return null;
  const stage: Stage = STAGE_OF.get(g.stage ?? g.freshStage ?? g.rewritten ?? g.stageAfter ?? g.siteStage ?? "") ?? "total";
  const values = [valueAt(text, stage, "projects", projects, start, end)];
  const paidBefore = amountBefore(ctx, Math.max(sentence.start, prev?.end ?? 0), start);
  if (paidBefore) values.push(valueAt(text, stage, "investmentYuan", paidBefore.yuan, paidBefore.start, paidBefore.end));
  // the amounts after the count, each read where the one before ended (functions, not closures made per tally)
  end = taken(values, paidBefore ? null : amountAt(ctx, stage, INVESTMENT_AT_RE, "investmentYuan", end), end);
  const signed = stage === "signed" && values.length === 1;
  end = taken(values, signed ? amountAt(ctx, stage, SIGNED_INVESTMENT_AT_RE, "investmentYuan", end) : null, end);
  end = taken(values, amountAt(ctx, stage, OUTPUT_AT_RE, "outputValueYuan", end), end);
  const from = paidBefore?.start ?? start; // the tally starts at an amount written before its count
  const bare = (g.stage !== undefined && !g.noun && !g.nounAfter && !g.cnCount) || g.rewritten !== undefined;
  const sameSentence = prev !== null && prev.sentence === sentence;
  const written = scopeBefore(text, sameSentence ? prev.end : Math.max(sentence.start, from - SUBJECT_WINDOW), from);
  const subject = written ?? inheritedSubject(text, sentences, sentence, prev);
  // null: whose figures these are is not said, so they are no round's
  // 我市/我县 is the article's city/county when the context stage knows it, else nobody's (never the province's)
  const self = subject.self ? selfScope(ctx, subject.self.level) : undefined;
  const scope = self === undefined ? subject.scope : self;
  const scopeEvidence = self === undefined ? subject.scopeEvidence : self && (subject.self?.evidence ?? null);
  const scopeStated = written !== null;
  const rewritten = g.rewritten !== undefined;
  const [fresh, onSite] = [g.freshStage !== undefined, g.siteStage !== undefined];
  return { stage, values, scopeEvidence, bare, rewritten, fresh, onSite, scope, scopeStated, sentence, start: from, end };
}

function valueAt(text: string, stage: Stage, field: TallyField, value: number, s: number, e: number): TallyValue {
  const evidence = { field: fieldPath(stage, field), start: s, end: e, quote: text.slice(s, e), stated: true, extractor: "rounds" };
  return { field, value, evidence };
}

/** the amount `re` (sticky) reads right at `at` (，总投资96.4亿元), as a value of `field`; null when none is there */
function amountAt(ctx: ExtractContext, stage: Stage, re: RegExp, field: TallyField, at: number): TallyValue | null {
  re.lastIndex = at;
  const a = re.exec(ctx.text);
  const yuan = a ? toYuan(a.groups?.amount ?? "", a.groups?.unit ?? "") : null;
  if (!a || yuan === null || isBlocked(ctx, at, re.lastIndex)) return null;
  const lead = LEADING_COMMA_RE.test(a[0]) ? 1 : 0; // the quote starts at the words, not the comma
  return valueAt(ctx.text, stage, field, yuan, a.index + lead, re.lastIndex);
}

/** `value` added to `values` when there is one; returns where reading goes on */
function taken(values: TallyValue[], value: TallyValue | null, end: number): number {
  if (value === null) return end;
  values.push(value);
  return value.evidence.end;
}

/** 总投资96.4亿元的31个项目: the amount written before a count at `at`, joined to it by 的 (its quote without the 的) */
function amountBefore(ctx: ExtractContext, from: number, at: number): { yuan: number; start: number; end: number } | null {
  const lead = ctx.text.slice(Math.max(from, at - INVESTMENT_BEFORE_REACH), at);
  const m = INVESTMENT_BEFORE_RE.exec(lead);
  const yuan = m ? toYuan(m.groups?.amount ?? "", m.groups?.unit ?? "") : null;
  if (!m || yuan === null) return null;
  const start = at - lead.length + m.index;
  return isBlocked(ctx, start, at) ? null : { yuan, start, end: at - 1 };
}
