// Util: small pure helpers with no domain stage of their own → disjoint sets (union-find) and whole yuan as 亿元.
export * from "./union-find.js";
export * from "./yi-yuan.js";
