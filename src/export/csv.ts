// CSV for journalists: UTF-8 with a BOM (Excel on Chinese Windows reads it right), headers in plain
// words, amounts in 亿元 beside whole yuan, and where each round was reported first.
import { stringify } from "csv-stringify/sync";
import { STAGES, type MergedDataset, type Stage, type Tally } from "../schema/index.js";
import { latestTitle, mainSource } from "../store/dataset-rows.js";
import { yiYuan } from "./tables.js";

const STAGE_LABEL: Readonly<Record<Stage, string>> = { signed: "Signed", started: "Started", producing: "Producing", total: "Total" };

const csv = (header: string[], rows: unknown[][]) => stringify([header, ...rows], { bom: true, record_delimiter: "\r\n" });

export function roundsCsv(dataset: MergedDataset): string {
  const header = [
    "Scope",
    "Level",
    "Year",
    "Round",
    "Round unit",
    "Date",
    "Venue",
    ...STAGES.map((stage) => STAGE_LABEL[stage]).flatMap((s) => [
      `${s} projects`,
      `${s} investment (亿元)`,
      `${s} investment (yuan)`,
      `${s} output value (亿元)`,
      `${s} output value (yuan)`,
    ]),
    "Sources",
    "Conflicts",
    "Failed checks",
    "Main source outlet",
    "Main source published",
    "Main source URL or file",
    "Main source quote",
    "Round key",
  ];
  const tally = (t: Tally | null) => [
    t?.projects ?? null,
    yiYuan(t?.investmentYuan),
    t?.investmentYuan ?? null,
    yiYuan(t?.outputValueYuan),
    t?.outputValueYuan ?? null,
  ];
  const rows = dataset.rounds.map((r) => {
    const main = mainSource(r);
    return [
      r.scope.name,
      r.scope.level,
      r.year,
      r.ordinal,
      r.ordinal === null ? null : (r.ordinalUnit ?? "次"),
      r.date,
      r.venue,
      ...STAGES.flatMap((s) => tally(r[s])),
      r.sources.length,
      r.conflicts.length,
      r.checks.filter((c) => c.status === "fail").length,
      main?.outlet,
      main?.publishedAt,
      main?.url ?? main?.path,
      main?.quote,
      r.key,
    ];
  });
  return csv(header, rows);
}

export function peopleCsv(dataset: MergedDataset): string {
  const header = ["Name", "Latest title", "Titles (first seen – last seen)", "Roles", "Sources", "Person key"];
  const span = (a: string | null, b: string | null) => (a === b ? (a ?? "") : `${a ?? "?"} – ${b ?? "?"}`);
  const rows = dataset.people.map((p) => [
    p.name,
    latestTitle(p),
    p.titles.map((t) => `${t.title} (${span(t.firstSeen, t.lastSeen)})`).join("; "),
    p.roles.join(", "),
    p.sources.length,
    p.key,
  ]);
  return csv(header, rows);
}

export function zonesCsv(dataset: MergedDataset): string {
  const header = ["Zone", "Kind", "Also written as", "Mentions", "Sources", "Rounds held there"];
  const rows = dataset.zones.map((z) => [
    z.name,
    z.kind,
    z.aliases.filter((a) => a !== z.name).join("、"),
    z.mentions,
    z.sources.length,
    dataset.rounds.filter((r) => r.venue === z.name).length,
  ]);
  return csv(header, rows);
}
