// The figures of a claim: every quantity read by the extraction's scanner (2800亿, 两千八百亿元, 约2800亿, 2,800亿元,
// 0.28万亿), given a stage from the stage word before it (签约233个), or after it (268个项目集中开工); a run of stage words
// (集中签约开工投产, 签约、开工、投产) is the round's total; 共推进 and 合计 too; N次 is a count of rounds.
import { STAGE_PRODUCING, STAGE_SIGNED, STAGE_STARTED } from "../extract/patterns/rounds.js";
import { scanQuantities, type Quantity } from "../extract/scan/quantities.js";
import { MULTIPLIER_POWER, parseChineseNumeral, scaleDecimal } from "../extract/text/numbers.js";
import { fieldPath, STAGES, type FieldPath, type Stage, type TallyField } from "../schema/index.js";
import { namedScope, type ClaimScope } from "./scope.js";

/** a tally field of a stage, or how many rounds a year's summary covers */
export type ClaimField = FieldPath | "rounds";

export interface ClaimFigure {
  field: ClaimField;
  value: number;
  /** 超, 近, 约, 以上 … as written; null when the figure is stated plainly */
  qualifier: string | null;
  quote: string;
  /** where the quote starts in the claim */
  start: number;
  /** with 分别 over several rounds: which round (0-based) this figure is about */
  roundIndex: number | null;
  /** set when the claim names several scopes (太原签约34个，晋中签约29个): the one this figure is about */
  scope?: ClaimScope;
}

const ANY_STAGE = `${STAGE_SIGNED}|${STAGE_STARTED}|${STAGE_PRODUCING}`;
const STAGE_TOKEN_RE = new RegExp(
  `(?<total>(?:${ANY_STAGE})(?:[、和及与,，]?(?:${ANY_STAGE})){1,2}|共推进|集中推进|合计|共计|总计|共(?![同签开投]))` +
    `|(?<signed>${STAGE_SIGNED})|(?<started>${STAGE_STARTED})|(?<producing>${STAGE_PRODUCING})`,
  "gu",
);
/** a stage named right after a count: 268个项目集中开工, 85个项目集中签约开工投产 */
const STAGE_AFTER_RE = /^(?:个|项)?(?:项目)?(?:集中|同时)?$/u;
const STAGE_AFTER_REACH = 8;
const OUTPUT_VALUE_RE = /产值[^，,；;。\d]{0,4}$/u;
const MONEY_MULTIPLIERS = new Set([1e4, 1e8, 1e12]);

interface StageToken {
  start: number;
  end: number;
  stage: Stage;
  /** a run's stages in order (签约、开工、投产), read one per figure when 分别 follows */
  run: Stage[];
}
const STAGE_WORD_RE = new RegExp(`(?<signed>${STAGE_SIGNED})|(?<started>${STAGE_STARTED})|(?<producing>${STAGE_PRODUCING})`, "gu");
const RESPECTIVELY_RE = /^[^，,；;。\d]{0,6}分别/u;

/** `scrubbed`: the claim with year, round and date blanked (same offsets as `original`). */
export function readFigures(scrubbed: string, original: string): ClaimFigure[] {
  const tokens: StageToken[] = [...scrubbed.matchAll(STAGE_TOKEN_RE)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    stage: STAGES.find((s) => m.groups![s] !== undefined)!,
    run: [...m[0].matchAll(STAGE_WORD_RE)].map((w) => STAGES.find((s) => w.groups![s])!),
  }));
  const respectively = new Map<StageToken, number>();
  const figures: ClaimFigure[] = [];
  const decimals = chineseDecimals(scrubbed);
  let rest = scrubbed;
  for (const d of decimals) rest = rest.slice(0, d.start) + " ".repeat(d.end - d.start) + rest.slice(d.end);
  const quantities = [...decimals, ...scanQuantities(rest)].sort((a, b) => a.start - b.start);
  for (const q of quantities) {
    if (q.value === null || !Number.isInteger(q.value) || !aTally(scrubbed, q.start)) continue;
    const base = { value: q.value, qualifier: q.qualifier, quote: original.slice(q.start, q.end), start: q.start, roundIndex: null };
    if (q.unit === "次" && scrubbed[q.start - 1] !== "第") {
      figures.push({ field: "rounds", ...base });
      continue;
    }
    const field = tallyFieldOf(q, scrubbed);
    let stage = stageOf(q, field, tokens, scrubbed);
    const run = tokens.filter((t) => t.end <= q.start).pop();
    if (run && run.run.length > 1 && field === "projects" && RESPECTIVELY_RE.test(scrubbed.slice(run.end))) {
      const i = respectively.get(run) ?? 0;
      respectively.set(run, i + 1);
      stage = run.run[i] ?? null;
    }
    if (field !== null && stage !== null) figures.push({ field: fieldPath(stage, field), ...base });
  }
  return figures;
}

/** in the figure's clause before it: a rate or a change (平均每个项目5.8亿元, 较上次减少30个, 同比增长…), not a tally */
const DERIVED_RE = /平均|每个|每项|较|同比|环比|比上|增加|减少|增长|下降|提高|降低/u;
/** a clause opened by 其中 naming neither a stage nor a scope of its own (其中亿元以上项目150个): a part, no stage's count */
const PART_RE = /^\s*其中/u;
const STAGE_IN_RE = new RegExp(`${ANY_STAGE}|共推进|合计`, "u");
const CLAUSE_END_RE = /[，,；;。]/u;

function aTally(text: string, start: number): boolean {
  // the clause around the figure, cut without a backtracking scan (a claim reaches this from the API)
  const head = text.slice(0, start);
  const from = Math.max(...["，", ",", "；", ";", "。"].map((p) => head.lastIndexOf(p))) + 1;
  const before = head.slice(from);
  const clause = before + text.slice(start).split(CLAUSE_END_RE)[0];
  if (DERIVED_RE.test(before)) return false;
  return !(PART_RE.test(clause) && !STAGE_IN_RE.test(clause) && namedScope(clause) === null);
}

function stageOf(q: Quantity, field: TallyField | null, tokens: StageToken[], text: string): Stage | null {
  const after = tokens.find(
    (t) => t.start >= q.end && t.start - q.end <= STAGE_AFTER_REACH && STAGE_AFTER_RE.test(text.slice(q.end, t.start)),
  );
  if (after && field === "projects") return after.stage;
  const before = tokens.filter((t) => t.end <= q.start);
  if (before.length) return field !== "projects" && afterStageList(before, q, text) ? "total" : before.at(-1)!.stage;
  // 总投资2800亿 with no stage word: the round's total; a bare count says nothing
  return field === "projects" ? null : "total";
}

/** 签约28个、开工31个、投产22个项目，总投资256.1亿元: an amount in a clause of its own right after stages listed with 、
 * is all of theirs — the total; 投产项目176个、总投资521.8亿元 (the stage in the amount's clause) stays the stage's */
function afterStageList(before: StageToken[], q: Quantity, text: string): boolean {
  const clauseStart = Math.max(...["，", ",", "；", ";"].map((p) => text.lastIndexOf(p, q.start))) + 1;
  if (before.at(-1)!.end > clauseStart) return false;
  let listed = 1;
  for (let i = before.length - 1; i > 0 && !CLAUSE_END_RE.test(text.slice(before[i - 1].end, before[i].start)); i--) listed++;
  return listed > 1 && new Set(before.slice(-listed).map((t) => t.stage)).size === listed;
}

/** 个/项 count projects; 元, or 亿/万 without a unit (2800亿), is money: output value when 产值 precedes it. */
function tallyFieldOf(q: Quantity, text: string): TallyField | null {
  if (q.unit === "个" || q.unit === "项") return "projects";
  if (q.unit !== "元" && !(q.unit === "" && MONEY_MULTIPLIERS.has(q.multiplier))) return null;
  return OUTPUT_VALUE_RE.test(text.slice(0, q.start)) ? "outputValueYuan" : "investmentYuan";
}

// 一千二百八十八点六亿元: a decimal written in Chinese numerals, which the extraction's scanner (tuned on press text,
// where amounts are Arabic) would read as 六亿元
const CHINESE_DECIMAL_RE =
  /(?<![零〇一二两三四五六七八九十百千])(?<int>[零〇一二两三四五六七八九十百千]+)点(?<frac>[零〇一二三四五六七八九]+)(?<multiplier>万亿|亿|万)(?<unit>元)?/gu;
const DIGIT = "零一二三四五六七八九";

function chineseDecimals(text: string): Quantity[] {
  return [...text.matchAll(CHINESE_DECIMAL_RE)].flatMap((m) => {
    const int = parseChineseNumeral(m.groups!.int);
    if (int === null) return [];
    const frac = [...m.groups!.frac].map((c) => (c === "〇" ? 0 : DIGIT.indexOf(c))).join("");
    const power = MULTIPLIER_POWER[m.groups!.multiplier];
    const number = `${int}.${frac}`;
    const value = Number(scaleDecimal(number, power));
    const unit = m.groups!.unit ?? "";
    return [
      {
        value,
        number,
        multiplier: 10 ** power,
        unit,
        qualifier: null,
        numeral: "chinese" as const,
        start: m.index!,
        end: m.index! + m[0].length,
      },
    ];
  });
}
