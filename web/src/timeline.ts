// The timeline of province-wide rounds: projects and 亿元 per stage over time, drawn with uPlot (served from the package).
import type uPlotType from "uplot";
import { h } from "./dom.js";
import { yiNumber } from "./format.js";
import type { RoundSummary } from "zhpress/api-types";

declare const uPlot: typeof uPlotType;

const COLORS = { signed: "#1f77b4", started: "#ff7f0e", producing: "#2ca02c" };
const STAGES = ["signed", "started", "producing"] as const;
const NAMES = { signed: "签约", started: "开工", producing: "投产" };

/** One chart per measure; x is the round's date (rounds without a date are left out and counted). */
export function timeline(rounds: RoundSummary[]): HTMLElement {
  const dated = rounds.filter((r) => r.date !== null).sort((a, b) => a.date!.localeCompare(b.date!));
  const xs = dated.map((r) => Date.parse(`${r.date}T00:00:00+08:00`) / 1000);
  const box = h("section", { class: "timeline" }, h("h2", {}, "Timeline of province-wide rounds"));
  const chart = (title: string, values: (r: RoundSummary, stage: (typeof STAGES)[number]) => number | null) => {
    const el = h("div", { class: "chart" });
    box.append(h("h3", {}, title), el);
    const data = [xs, ...STAGES.map((s) => dated.map((r) => values(r, s)))] as uPlotType.AlignedData;
    const series = STAGES.map((s) => ({ label: NAMES[s], stroke: COLORS[s], width: 2, points: { show: true, size: 6 } }));
    new uPlot(
      { width: Math.min(900, window.innerWidth - 40), height: 220, series: [{ label: "date" }, ...series], axes: [{}, { size: 70 }] },
      data,
      el,
    );
  };
  if (dated.length === 0) box.append(h("p", {}, "No dated rounds yet."));
  else {
    chart("Projects per stage", (r, s) => r[s]?.projects ?? null);
    chart("Investment per stage (亿元)", (r, s) => yiNumber(r[s]?.investmentYuan));
  }
  const undated = rounds.length - dated.length;
  if (undated > 0) box.append(h("p", { class: "note" }, `${undated} round(s) without a date are not drawn.`));
  return box;
}
