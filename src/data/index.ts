// Data: lexicons as data, each file saying where its facts come from → names for every stage (places and divisions
// from GB/T 2260, development zones, outlets, surnames, titles). No code of a stage lives here.
export * from "./divisions.js";
export * from "./outlets.js";
export * from "./places.js";
export * from "./surnames.js";
export * from "./titles.js";
export * from "./zones.js";
