export * from "./record.js";
export * from "./merged.js";
