// The store's tables rebuilt from documents and the merged dataset, for exports that do not depend on
// the backend (Parquet): the same rows the store writes.
import type { ExtractionDocument, MergedDataset } from "../schema/index.js";
import { datasetRows } from "../store/dataset-rows.js";
import { articleRow, mentionRows, type Row } from "../store/doc-rows.js";

/** articles, mentions and every dataset table, keyed by table name (the `dataset` JSON row left out). */
export function exportTables(docs: ExtractionDocument[], dataset: MergedDataset): Record<string, Row[]> {
  const seen = new Set<string>();
  const unique = docs.filter((d) => !seen.has(d.article.id) && seen.add(d.article.id));
  const mentions = unique.flatMap(mentionRows);
  const said = new Map(mentions.filter((m) => m.kind === "round").map((m) => [spanKey(m), m.value as string | null]));
  const { dataset: _json, ...tables } = datasetRows(
    dataset,
    (a, s, e, f) => said.get(`${a}|${s}|${e}|${f ?? ""}`) ?? null,
    "",
    docs.length,
  );
  return { articles: unique.map(articleRow), mentions, ...tables };
}

const spanKey = (m: Row) => `${m.article_id}|${m.start_offset}|${m.end_offset}|${m.field ?? ""}`;

export { yiYuan } from "../util/yi-yuan.js";
