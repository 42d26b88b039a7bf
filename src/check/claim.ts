// A journalist's claim about one round, parsed into figures to check:
// "2023年第四次三个一批签约233个项目", "2021年第一期 开工项目268个 总投资1288.6亿元".
import { ORDINAL_NUMERAL } from "../extract/patterns/numbers.js";
import { SAN_GE_YI_PI, STAGE_PRODUCING, STAGE_SIGNED, STAGE_STARTED } from "../extract/patterns/rounds.js";
import { scanQuantities, type Quantity } from "../extract/scan/quantities.js";
import { parseNumeral } from "../extract/text/numbers.js";
import { fieldPath, STAGES, type FieldPath, type Scope, type TallyField } from "../schema/index.js";

export interface ClaimFigure {
  field: FieldPath;
  value: number;
  /** 超, 近, 约 … as written; null when the figure is stated plainly */
  qualifier: string | null;
  quote: string;
}

export interface Claim {
  text: string;
  /** null: the province-wide round (the claim names no city) */
  scope: Scope | null;
  year: number;
  ordinal: number | null;
  /** MM-DD as written when the claim dates the round instead of numbering it */
  date: string | null;
  figures: ClaimFigure[];
}

export type ParsedClaim = { ok: true; claim: Claim } | { ok: false; reason: string };

// The round part: which scope, year and ordinal (or date) the claim is about.
const YEAR_RE = /(?<year>(?:19|20)\d{2}|[二][〇零][〇零一二三四五六七八九]{2})\s*年/u;
const ORDINAL_RE = new RegExp(`第\\s*(?<ordinal>${ORDINAL_NUMERAL})\\s*(?:次|期|批|轮)`, "u");
const DATE_RE = /(?<month>1[0-2]|0?[1-9])月(?<day>3[01]|[12]\d|0?[1-9])日/u;
const CITY_RE = /(?<city>[\p{Script=Han}]{1,4}?市)/u;
const PROVINCE_RE = /全省|山西省?/u;
const CAMPAIGN_RE = new RegExp(SAN_GE_YI_PI, "gu");
// A stage word sets the context for the figures after it; 总投资 alone keeps the current stage.
const STAGE_RE = new RegExp(
  `(?<signed>${STAGE_SIGNED})|(?<started>${STAGE_STARTED})|(?<producing>${STAGE_PRODUCING})|(?<total>合计|共计|总计|共)(?!同)`,
  "gu",
);
const OUTPUT_VALUE_RE = /产值[^，,；;。\d]{0,4}$/u;

/** Blank a matched span with spaces so later scans keep offsets but never re-read it. */
const blank = (s: string, start: number, end: number) => s.slice(0, start) + " ".repeat(end - start) + s.slice(end);

export function parseClaim(text: string): ParsedClaim {
  let rest = text;
  const year = YEAR_RE.exec(rest);
  if (!year) return { ok: false, reason: "no year (e.g. 2023年)" };
  rest = blank(rest, year.index, year.index + year[0].length);
  const ordinal = ORDINAL_RE.exec(rest);
  if (ordinal) rest = blank(rest, ordinal.index, ordinal.index + ordinal[0].length);
  const date = DATE_RE.exec(rest);
  if (date) rest = blank(rest, date.index, date.index + date[0].length);
  if (!ordinal && !date) return { ok: false, reason: "no round: say which one (第四次) or its date (8月31日)" };
  rest = rest.replace(CAMPAIGN_RE, (m) => " ".repeat(m.length));
  const city = CITY_RE.exec(rest);
  if (city?.groups!.city.startsWith("全")) return { ok: false, reason: "which city? name it (太原市), 全市 is not enough" };
  const figures = readFigures(rest, text);
  if (figures.length === 0) return { ok: false, reason: "no figure to check (e.g. 签约233个项目, 总投资1288.6亿元)" };
  const yearValue = Number(parseNumeral(year.groups!.year));
  const ordinalValue = ordinal ? Number(parseNumeral(ordinal.groups!.ordinal)) : null;
  const pad = (s: string) => s.padStart(2, "0");
  return {
    ok: true,
    claim: {
      text,
      scope: city && !PROVINCE_RE.test(city.groups!.city) ? { level: "city", name: city.groups!.city } : null,
      year: yearValue,
      ordinal: ordinalValue,
      date: date ? `${yearValue}-${pad(date.groups!.month)}-${pad(date.groups!.day)}` : null,
      figures,
    },
  };
}

function readFigures(scrubbed: string, original: string): ClaimFigure[] {
  const stages = [...scrubbed.matchAll(STAGE_RE)].map((m) => ({
    at: m.index!,
    stage: STAGES.find((s) => m.groups![s] !== undefined)!,
  }));
  const figures: ClaimFigure[] = [];
  for (const q of scanQuantities(scrubbed)) {
    const field = fieldOf(q, scrubbed);
    const stage = stages.filter((s) => s.at < q.start).pop()?.stage ?? (field === "projects" ? null : "total");
    if (field === null || stage === null || q.value === null || !Number.isInteger(q.value)) continue;
    figures.push({
      field: fieldPath(stage, field),
      value: q.value,
      qualifier: q.qualifier,
      quote: original.slice(q.start, q.end),
    });
  }
  return figures;
}

/** 个/项 count projects; 元 with or without 万/亿 is money, output value when 产值 precedes it. */
function fieldOf(q: Quantity, text: string): TallyField | null {
  if (q.unit === "个" || q.unit === "项") return "projects";
  if (q.unit !== "元") return null;
  return OUTPUT_VALUE_RE.test(text.slice(0, q.start)) ? "outputValueYuan" : "investmentYuan";
}
