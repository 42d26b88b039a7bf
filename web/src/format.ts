// Values as a journalist reads them: amounts in 亿元 (exact, from whole yuan), rounds by scope, year and ordinal.
import type { RoundSummary, Tally } from "zhpress/api-types";

/** 24798000000 → "247.98亿元", by string arithmetic so no float rounding creeps in. */
export function yi(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined) return "–";
  const digits = String(Math.abs(yuan)).padStart(9, "0");
  const frac = digits.slice(-8).replace(/(?<!0)0+$/, "");
  return `${yuan < 0 ? "-" : ""}${digits.slice(0, -8)}${frac ? `.${frac}` : ""}亿元`;
}

/** 亿元 as a number, for charts only. */
export const yiNumber = (yuan: number | null | undefined) => (yuan === null || yuan === undefined ? null : yuan / 1e8);

export function showValue(field: string, value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "number" && /Yuan$/.test(field)) return yi(value);
  return String(value);
}

export const roundTitle = (r: Pick<RoundSummary, "scope" | "year" | "ordinal" | "ordinalUnit" | "date">) =>
  `${r.scope} ${r.year ?? "?"}年${r.ordinal !== null ? `第${r.ordinal}${r.ordinalUnit ?? "次"}` : ""}${r.date ? ` (${r.date})` : ""}`;

export const tallyText = (t: Tally | null) =>
  t === null
    ? "–"
    : [t.projects !== null ? `${t.projects}个` : null, t.investmentYuan !== null ? yi(t.investmentYuan) : null].filter(Boolean).join(" ") ||
      "–";

export const STAGES = ["signed", "started", "producing", "total"] as const;
export const STAGE_NAMES: Record<string, string> = { signed: "签约", started: "开工", producing: "投产", total: "合计" };
export const FIELD_NAMES: Record<string, string> = { projects: "项目", investmentYuan: "投资", outputValueYuan: "产值" };

/** "signed.investmentYuan" → "签约 投资" */
export const fieldName = (field: string) =>
  field
    .split(".")
    .map((p) => STAGE_NAMES[p] ?? FIELD_NAMES[p] ?? p)
    .join(" ");
