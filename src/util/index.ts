// Util: small pure helpers with no domain stage of their own → disjoint sets (union-find), whole yuan as 亿元, regex matches, a count with its noun and a digit test.
export * from "./union-find.js";
export * from "./yi-yuan.js";
export * from "./matches.js";
export * from "./count.js";
export * from "./chars.js";
