// Schema: record contract v1 as zod schemas → every record type (z.infer), for documents and the merged dataset.
export * from "./fields.js";
export * from "./record.js";
export * from "./warnings.js";
export * from "./merged.js";
