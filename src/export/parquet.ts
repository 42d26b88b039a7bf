// Parquet (hyparquet-writer, pure JS): one file per table, columns typed from their values —
// whole numbers INT64, other numbers DOUBLE, text STRING; nulls kept.
import { parquetWriteBuffer } from "hyparquet-writer";
import type { Row } from "../store/doc-rows.js";

type ColumnType = "INT64" | "DOUBLE" | "STRING";

function columnType(values: Row[string][]): ColumnType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0 || present.some((v) => typeof v !== "number")) return "STRING";
  return present.every((v) => Number.isInteger(v)) ? "INT64" : "DOUBLE";
}

/** One table's rows → a Parquet file's bytes; `columns` fixes the order and keeps empty tables typed as text. */
export function parquetTable(rows: Row[], columns: string[] = rows.length ? Object.keys(rows[0]) : []): Buffer {
  const columnData = columns.map((name) => {
    const values = rows.map((r) => r[name] ?? null);
    const type = columnType(values);
    const data =
      type === "INT64"
        ? values.map((v) => (v === null ? null : BigInt(v as number)))
        : type === "STRING"
          ? values.map((v) => (v === null ? null : String(v)))
          : values;
    return { name, data, type };
  });
  return Buffer.from(parquetWriteBuffer({ columnData }));
}
