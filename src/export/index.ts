// Export: a stored dataset → files: JSONL (the record contract), CSV for journalists, Parquet per table.
// Every file is written atomically; nothing is written for a dataset that was never merged.
import { join } from "node:path";
import { writeFileAtomic } from "./atomic.js";
import type { ExtractionDocument, MergedDataset } from "../schema/index.js";
import { tableColumns } from "../store/schema.js";
import { peopleCsv, roundsCsv, zonesCsv } from "./csv.js";
import { parquetTable } from "./parquet.js";
import { exportTables } from "./tables.js";
import type { ExportFormat } from "./formats.js";

export { datasetteMetadata, describeColumn, describeTable } from "./metadata.js";
export { roundsCsv, peopleCsv, zonesCsv } from "./csv.js";
export { yiYuan } from "./tables.js";

export { EXPORT_FORMATS, type ExportFormat } from "./formats.js";

const jsonl = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");

/** The files of one format, name → content. */
export function exportFiles(format: ExportFormat, docs: ExtractionDocument[], dataset: MergedDataset): [string, string | Buffer][] {
  if (format === "jsonl")
    return [
      ["extractions.jsonl", jsonl(docs)],
      ["rounds.jsonl", jsonl(dataset.rounds)],
      ["people.jsonl", jsonl(dataset.people)],
      ["zones.jsonl", jsonl(dataset.zones)],
      ["dataset.json", JSON.stringify({ ...dataset, rounds: undefined, people: undefined, zones: undefined }, null, 2) + "\n"],
    ];
  if (format === "csv")
    return [
      ["rounds.csv", roundsCsv(dataset)],
      ["people.csv", peopleCsv(dataset)],
      ["zones.csv", zonesCsv(dataset)],
    ];
  const columns = tableColumns();
  return Object.entries(exportTables(docs, dataset)).map(([table, rows]) => [`${table}.parquet`, parquetTable(rows, columns[table])]);
}

export async function writeExport(
  dir: string,
  format: ExportFormat,
  docs: ExtractionDocument[],
  dataset: MergedDataset,
): Promise<string[]> {
  const files = exportFiles(format, docs, dataset);
  for (const [name, content] of files) await writeFileAtomic(join(dir, name), content);
  return files.map(([name]) => join(dir, name));
}
