// Writes the dataset files of `zhpress run`, each atomically.
import { join } from "node:path";
import { STAGES, TALLY_FIELDS, type ExtractionDocument, type MergedDataset, type MergedRound } from "../schema/index.js";
import { writeFileAtomic } from "./output.js";

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function roundsCsv(rounds: MergedRound[]): string {
  const head = [
    "key",
    "level",
    "scope",
    "year",
    "ordinal",
    "date",
    "venue",
    ...STAGES.flatMap((s) => TALLY_FIELDS.map((f) => `${s}_${f}`)),
    "sources",
    "conflicts",
    "failed_checks",
  ];
  const rows = rounds.map((r) => [
    r.key,
    r.scope.level,
    r.scope.name,
    r.year,
    r.ordinal,
    r.date,
    r.venue,
    ...STAGES.flatMap((s) => TALLY_FIELDS.map((f) => r[s]?.[f] ?? null)),
    r.sources.length,
    r.conflicts.length,
    r.checks.filter((c) => c.status === "fail").length,
  ]);
  return [head, ...rows].map((row) => row.map(csvCell).join(",")).join("\n") + "\n";
}

export async function writeDataset(dir: string, docs: ExtractionDocument[], dataset: MergedDataset): Promise<string[]> {
  const files: [string, string][] = [
    ["extractions.jsonl", jsonl(docs)],
    ["rounds.jsonl", jsonl(dataset.rounds)],
    ["rounds.csv", roundsCsv(dataset.rounds)],
    ["people.jsonl", jsonl(dataset.people)],
    ["zones.jsonl", jsonl(dataset.zones)],
    ["dataset.json", JSON.stringify({ ...dataset, rounds: undefined, people: undefined, zones: undefined }, null, 2) + "\n"],
  ];
  for (const [name, content] of files) await writeFileAtomic(join(dir, name), content);
  return files.map(([name]) => join(dir, name));
}
