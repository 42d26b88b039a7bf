// Tallies of a round or summary: 签约项目N个 (and its phrasings), the 总投资 and 预计年产值 bound to that stage,
// 共推进项目N个 / N个项目集中签约开工投产 as the total; each with the scope written just before it.
import type { Evidence } from "../schema/index.js";
import { isBlocked, type ExtractContext } from "./context.js";
import { parseNumeral, toYuan } from "./numbers.js";
import { CITY_NAMES, CITY_SHORT_NAMES, COUNTY_NAMES } from "./places.js";
import { canonicalZoneName } from "../data/zones.js";
import { CHINESE_NUMERAL, NUMBER_ARABIC, THIS_ROUND_WORDS } from "./patterns.js";
import { sentenceAt, type Sentence } from "./sentences.js";
import type { Scope, Stage } from "../schema/index.js";

export interface TallyHit {
  stage: Stage;
  projects: number;
  investmentYuan: number | null;
  outputValueYuan: number | null;
  /** 签约321个 or 合同项目N个: kept only beside a tally of another stage */
  bare: boolean;
  /** 合同项目 / 生产项目: a rewritten stage name, kept alone only where the sentence names the round */
  rewritten: boolean;
  scope: Scope;
  sentence: Sentence;
  start: number;
  end: number;
  evidence: Evidence[];
}

// counts are written in Arabic digits in this press; a Chinese numeral here (三个一批) is a name, not a count
const COUNT = "\\d{1,5}(?![\\d.])";
const STAGE_OF: Readonly<Record<string, Stage>> = { 签约: "signed", 合同: "signed", 开工: "started", 投产: "producing", 生产: "producing" };

// 签约、开工、投产项目N个 (total) | 签约项目347个 | 签约一批项目1427个 | 签约一批”项目N个 | 签约12个项目 | 签约321个 |
// 合同项目N个 | 共推进项目N个 | 共有N个项目参加… | 85个项目集中签约开工投产
// Read with the sticky flag at the places KEYWORD_RE finds: one cheap literal scan instead of a regex tried everywhere.
// a Chinese numeral counts only right after 项目 (签约项目三百二十一个), never bare (三个一批 is a name)
const TALLY_AT_RE = new RegExp(
  `(?<![新未已再])签约、?开工、?和?投产(?:的)?项目(?<listCount>${COUNT})个` +
    `|(?<![新未已再])(?<stage>签约|开工|投产)(?:一批)?[”"]?(?:项目(?<cnCount>${CHINESE_NUMERAL})个|(?<noun>项目)?(?<count>${COUNT})个(?<nounAfter>项目)?)` +
    `|(?<![新未已再]|安全|清洁)(?<rewritten>合同|生产)项目(?<rewrittenCount>${COUNT})个` +
    `|(?:共|集中)推进项目(?<totalCount>${COUNT})个` +
    `|共有(?<hostCount>${COUNT})个项目参加[^,，。;；]{0,16}` +
    `|(?<![\\d.])(?<combinedCount>${COUNT})个项目集中签约、?开工、?和?投产` +
    // 268个项目集中开工: one stage only (集中签约开工 names two and is no one stage's)
    `|(?<![\\d.])(?<stageFirstCount>${COUNT})个项目集中(?<stageAfter>签约|开工|投产)(?![、和及与]?(?:签约|开工|投产))`,
  "y",
);
const KEYWORD_RE = /签约|开工|投产|合同项目|生产项目|共推进项目|集中推进项目|共有|个项目集中/g;
// read right after a tally: its own 总投资 and 预计年产值; a qualified amount (约, 超) is not exact, so it is not read
const INVESTMENT_AT_RE = new RegExp(
  `[,，、]?(?:计划|协议|签约|开工|投产)?(?:总投资(?:额)?|投资总额)(?:为|达)?(?<amount>${NUMBER_ARABIC})(?<unit>亿元|万元)(?!以上|左右)`,
  "yu",
);
// 预计年产值, 达产后可实现年产值, 预计新增年产值, 项目全部建成达产后,预计年产值 …
const OUTPUT_AT_RE = new RegExp(
  `[,，、]?(?:(?:项目)?(?:全部)?(?:建成)?(?:达产|投产|建成)后[,，]?)?(?:预计)?(?:全部)?(?:达产后)?(?:可)?(?:实现)?(?:新增)?年(?:新增)?产值(?:可达|达到|达|为)?(?<amount>${NUMBER_ARABIC})(?<unit>亿元|万元)(?!以上|左右)`,
  "yu",
);
// the subject written last before a tally within its sentence; 全省开发区 is the province, not a zone; 太原、晋中两市
// (unnamed, like 园区) is several subjects at once
// a subject right before the stage word or count: 太原签约…, 晋中开发区开工…
const STAGE_AHEAD = `(?:共|集中)?(?:签约|开工|投产|合同|生产|推进|有)|${COUNT}个项目`;
const SUBJECT_RE = new RegExp(
  `(?<![在与])(?<province>全省|我省|山西省|山西)|(?<unnamed>园区|该区|该市|该县|全市|全县|全区|(?:两|[二三四五六七八九十]{1,2}个)(?:市|县|地|区)(?![委长政]))|(?<city>${CITY_NAMES})|(?<county>${COUNTY_NAMES})` +
    `|(?<cityShort>${CITY_SHORT_NAMES})(?=${STAGE_AHEAD})` +
    `|(?<=^|[,，、;；:“”。!?！？\\s])(?<zone>(?![全各本该我])[\\p{Script=Han}()（）]{2,16}?(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|经开区|高新区|农高区|示范区|综改区)|综改区)(?=${STAGE_AHEAD})`,
  "gu",
);
// a place written right before the tally that no pattern above named (活动中阳泉开发区开工…): whose figures is not
// known, so they are nobody's, never the province's; 全省开发区, 各开发区 and 全省93家开发区 are the province
// the name is the whole run of Han characters before the suffix (全省93家开发区: 家 is no name)
const PLACE_END_RE = /(?<name>[\p{Script=Han}]*?)(?:开发区|园区|示范区|[市县区])(?<after>共|集中|本次|此次)?$/u;
const PROVINCE_END_RE = /(?:全省|我省|山西省|山西|各市|各)(?:各类)?(?:开发区)?(?:共|集中|本次|此次)?$/u;
// how far back a tally's subject may stand: 本次全省开发区“三个一批”活动,太原市签约项目34个
const SUBJECT_WINDOW = 40;
const LOOKAHEAD = 12;
const FOLLOWS_ON_RE = /^\s*其中/u;
const CARRIES_ON_RE = /^(?:累计|共计|合计)/u;
const ROUND_CONTEXT_RE = new RegExp(`全省|我省|山西|活动|三个一批|${THIS_ROUND_WORDS}`, "u");
const THIS_ROUND_RE = new RegExp(`三个一批|${THIS_ROUND_WORDS}`, "u");
// 太原市、晋中市分别签约… or 太原市和晋中市签约…: the count is not one city's
const SHARED_SUBJECT_BEFORE_RE = /[、和及]$/u;
const RESPECTIVELY = "分别";
const PROVINCE: Scope = { level: "province", name: "山西省" };

const cache = new WeakMap<ExtractContext, TallyHit[]>();
// while scanning, a tally whose subject is nobody known (scope null) is kept, so the tallies after it in its sentence
// inherit that, not the province
type ScannedHit = Omit<TallyHit, "scope"> & { scope: Scope | null };

/** Every tally in the article, in text order (cached per context: rounds and summaries share one scan). */
export function talliesOf(ctx: ExtractContext): TallyHit[] {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const found: ScannedHit[] = [];
  let readTo = 0;
  for (const k of ctx.text.matchAll(KEYWORD_RE)) {
    let at = k.index ?? 0;
    if (at < readTo) continue;
    if (k[0] === "个项目集中") while (at > 0 && /\d/.test(ctx.text[at - 1])) at--; // the count comes first
    TALLY_AT_RE.lastIndex = at;
    const m = TALLY_AT_RE.exec(ctx.text);
    const tally = m ? readTally(ctx, m, at, found[found.length - 1] ?? null) : null;
    if (tally) {
      found.push(tally);
      readTo = tally.end;
    }
  }
  // a bare 签约321个 counts only in a list with another stage (a headline); 合同项目N个 also in a sentence naming the round
  const kept = found
    .filter((t): t is TallyHit => t.scope !== null)
    .filter(
      (t) =>
        !t.bare ||
        found.some((o) => o !== t && o.sentence === t.sentence && o.stage !== t.stage) ||
        (t.rewritten && namesTheRound(ctx.text, t.sentence)),
    );
  cache.set(ctx, kept);
  return kept;
}

function readTally(ctx: ExtractContext, m: RegExpMatchArray, start: number, prev: ScannedHit | null): ScannedHit | null {
  const g = m.groups ?? {};
  const countText =
    g.count ?? g.cnCount ?? g.rewrittenCount ?? g.totalCount ?? g.hostCount ?? g.combinedCount ?? g.stageFirstCount ?? g.listCount ?? "";
  const projects = Number(parseNumeral(countText));
  let end = start + m[0].length;
  const sentence = sentenceAt(ctx, start);
  if (!sentence || !Number.isSafeInteger(projects) || isBlocked(ctx, start, end)) return null;
  const stageWord = g.stage ?? g.rewritten ?? g.stageAfter;
  const stage: Stage = stageWord ? STAGE_OF[stageWord] : "total";
  const field = (name: string, s: number, e: number): Evidence => ({
    field: `${stage}.${name}`,
    start: s,
    end: e,
    quote: ctx.text.slice(s, e),
    stated: true,
    extractor: "rounds",
  });
  const evidence = [field("projects", start, end)];
  const amountAt = (re: RegExp, name: string): number | null => {
    re.lastIndex = end;
    const a = re.exec(ctx.text);
    const yuan = a ? toYuan(a.groups?.amount ?? "", a.groups?.unit ?? "") : null;
    if (!a || yuan === null || isBlocked(ctx, end, re.lastIndex)) return null;
    const lead = /^[,，、]/u.test(a[0]) ? 1 : 0; // the quote starts at the words, not the comma
    evidence.push(field(name, a.index + lead, re.lastIndex));
    end = re.lastIndex;
    return yuan;
  };
  const investmentYuan = amountAt(INVESTMENT_AT_RE, "investmentYuan");
  const outputValueYuan = amountAt(OUTPUT_AT_RE, "outputValueYuan");
  const bare = (g.stage !== undefined && !g.noun && !g.nounAfter && !g.cnCount) || g.rewritten !== undefined;
  const sameSentence = prev !== null && prev.sentence === sentence;
  const subject = scopeBefore(ctx.text, sameSentence ? prev.end : Math.max(sentence.start, start - SUBJECT_WINDOW), start);
  // null: whose figures these are is not said, so they are no round's
  const scope = subject ? subject.scope : inheritedScope(ctx, sentence, prev);
  if (subject?.scopeEvidence) evidence.push(subject.scopeEvidence);
  return {
    stage,
    projects,
    investmentYuan,
    outputValueYuan,
    bare,
    rewritten: g.rewritten !== undefined,
    scope,
    sentence,
    start,
    end,
    evidence,
  };
}

/**
 * A tally without a subject of its own: the previous tally's subject within a sentence or across 其中 (太原市共有85个项目…。
 * 其中,签约项目34个); else the province when the sentence speaks of the province or the round (全省, 本次, 三个一批).
 */
function inheritedScope(ctx: ExtractContext, sentence: Sentence, prev: ScannedHit | null): Scope | null {
  const { text } = ctx;
  if (prev && prev.sentence === sentence) return prev.scope;
  const adjacent = prev !== null && text.slice(prev.sentence.end, sentence.start).trim() === "";
  if (prev && adjacent && FOLLOWS_ON_RE.test(text.slice(sentence.start, sentence.start + 4))) return prev.scope;
  const context = sentence.headline ? lineAround(text, sentence.start) : text.slice(sentence.start, sentence.end);
  if (ROUND_CONTEXT_RE.test(context)) return PROVINCE;
  // …全省开发区已开展3次“三个一批”活动。累计签约项目800个: the totals carry on from the sentence before
  const before = sentence.headline || !CARRIES_ON_RE.test(context) ? null : sentenceAt(ctx, sentence.start - 1);
  return before && !before.headline && ROUND_CONTEXT_RE.test(text.slice(before.start, before.end)) ? PROVINCE : null;
}

function namesTheRound(text: string, sentence: Sentence): boolean {
  return THIS_ROUND_RE.test(text.slice(sentence.start, sentence.end));
}

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The last subject written in [from, to): 太原市 → city, 全省 → the province (no evidence needed), 园区 → a scope not
 * named (scope null: the tally is dropped); none → null. */
export function scopeBefore(text: string, from: number, to: number): { scope: Scope | null; scopeEvidence: Evidence | null } | null {
  const windowStart = Math.max(from, to - SUBJECT_WINDOW);
  // the window runs a little past the tally so a zone's lookahead sees the stage word; the regex never sees more
  let last: RegExpMatchArray | null = null;
  for (const m of text.slice(windowStart, to + LOOKAHEAD).matchAll(SUBJECT_RE)) if ((m.index ?? 0) < to - windowStart) last = m;
  const g = last?.groups;
  const place = PLACE_END_RE.exec(text.slice(windowStart, to));
  if (place && (place.groups?.name?.length ?? 0) >= 2 && !PROVINCE_END_RE.test(text.slice(windowStart, to))) {
    const placeEnd = to - windowStart - (place.groups?.after?.length ?? 0);
    if (!last || (last.index ?? 0) + last[0].length !== placeEnd) return { scope: null, scopeEvidence: null };
  }
  if (!last || !g) return null;
  if (g.province) return { scope: PROVINCE, scopeEvidence: null };
  if (g.unnamed) return { scope: null, scopeEvidence: null };
  const level = g.city || g.cityShort ? "city" : g.county ? "county" : "zone";
  const name = g.city ?? (g.cityShort ? `${g.cityShort}市` : undefined) ?? g.county ?? canonicalZoneName(g.zone ?? "");
  const s = windowStart + (last.index ?? 0);
  if (SHARED_SUBJECT_BEFORE_RE.test(text.slice(windowStart, s)) || text.slice(s, to).includes(RESPECTIVELY))
    return { scope: null, scopeEvidence: null };
  return {
    scope: { level, name },
    scopeEvidence: { field: "scope", start: s, end: s + last[0].length, quote: last[0], stated: true, extractor: "rounds" },
  };
}
