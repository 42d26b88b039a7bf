// Record contract v1: the zod schemas that every record type is inferred from (documents and the merged dataset).
export * from "./fields.js";
export * from "./record.js";
export * from "./warnings.js";
export * from "./merged.js";
