// The export formats, apart from the exporters: the command line lists them without loading parquet or csv code.
export const EXPORT_FORMATS = ["jsonl", "csv", "parquet"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
