// Tallies of a round or summary: 签约项目N个 (and its phrasings, see patterns/tallies.ts), the 总投资 and 预计年产值
// bound to that stage, 共推进项目N个 / N个项目集中签约开工投产 as the total; each with the scope written before it.
import type { Evidence, Scope, Stage, Tally, TallyField } from "../../schema/index.js";
import { fieldPath } from "../../schema/index.js";
import { isBlocked, type ExtractContext } from "../context.js";
import { INVESTMENT_AT_RE, OUTPUT_AT_RE, STAGE_OF, TALLY_AT_RE, TALLY_KEYWORD_RE, THIS_ROUND_RE } from "../patterns/tallies.js";
import { parseNumeral, toYuan } from "../text/numbers.js";
import type { Sentence, Sentences } from "../text/sentences.js";
import { inheritedScope, scopeBefore, SUBJECT_WINDOW, type PreviousTally } from "./tally-scope.js";

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
  scope: Scope;
  /** false when the scope is inherited (from the tally before or the sentence speaking of the round), not written */
  scopeStated: boolean;
  sentence: Sentence;
  start: number;
  end: number;
}

// while scanning, a tally whose subject is nobody known (scope null) is kept, so the tallies after it in its sentence
// inherit that, not the province
type ScannedHit = Omit<TallyHit, "scope"> & { scope: Scope | null };

/** Every tally in the article, in text order. */
export function scanTallies(ctx: ExtractContext, sentences: Sentences): TallyHit[] {
  const found: ScannedHit[] = [];
  let readTo = 0;
  for (const k of ctx.text.matchAll(TALLY_KEYWORD_RE)) {
    let at = k.index ?? 0;
    if (at < readTo) continue;
    if (k[0] === "个项目集中") while (at > 0 && /\d/.test(ctx.text[at - 1])) at--; // the count comes first
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
    .filter((t): t is TallyHit => t.scope !== null)
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
    g.count ?? g.cnCount ?? g.rewrittenCount ?? g.totalCount ?? g.hostCount ?? g.combinedCount ?? g.stageFirstCount ?? g.listCount ?? "";
  const projects = Number(parseNumeral(countText));
  let end = start + m[0].length;
  const sentence = sentences.at(start);
  if (!sentence || !Number.isSafeInteger(projects) || isBlocked(ctx, start, end)) return null;
  const stage: Stage = STAGE_OF.get(g.stage ?? g.rewritten ?? g.stageAfter ?? "") ?? "total";
  const valueAt = (field: TallyField, value: number, s: number, e: number): TallyValue => ({
    field,
    value,
    evidence: { field: fieldPath(stage, field), start: s, end: e, quote: text.slice(s, e), stated: true, extractor: "rounds" },
  });
  const values = [valueAt("projects", projects, start, end)];
  const amountAt = (re: RegExp, field: TallyField): void => {
    re.lastIndex = end;
    const a = re.exec(text);
    const yuan = a ? toYuan(a.groups?.amount ?? "", a.groups?.unit ?? "") : null;
    if (!a || yuan === null || isBlocked(ctx, end, re.lastIndex)) return;
    const lead = /^[,，、]/u.test(a[0]) ? 1 : 0; // the quote starts at the words, not the comma
    values.push(valueAt(field, yuan, a.index + lead, re.lastIndex));
    end = re.lastIndex;
  };
  amountAt(INVESTMENT_AT_RE, "investmentYuan");
  amountAt(OUTPUT_AT_RE, "outputValueYuan");
  const bare = (g.stage !== undefined && !g.noun && !g.nounAfter && !g.cnCount) || g.rewritten !== undefined;
  const sameSentence = prev !== null && prev.sentence === sentence;
  const subject = scopeBefore(text, sameSentence ? prev.end : Math.max(sentence.start, start - SUBJECT_WINDOW), start);
  // null: whose figures these are is not said, so they are no round's
  // 我市 is the article's city when the context stage knows it, else nobody's (never the province's)
  const self = subject?.selfCity && ctx.article?.city ? subject.selfCity : undefined;
  const scope = self
    ? { level: "city" as const, name: ctx.article?.city ?? "" }
    : subject
      ? subject.scope
      : inheritedScope(text, sentences, sentence, prev);
  const scopeEvidence = self ?? subject?.scopeEvidence ?? null;
  const scopeStated = subject !== null;
  return { stage, values, scopeEvidence, bare, rewritten: g.rewritten !== undefined, scope, scopeStated, sentence, start, end };
}
