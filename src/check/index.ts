// The `check` query: a journalist's claim (text) + a merged dataset → a verdict with sources and quotes.
export { parseClaim, type Claim, type ClaimFigure, type ParsedClaim } from "./claim.js";
export { judgeClaim, type ClaimReport, type FigureVerdict, type Verdict } from "./verdict.js";
