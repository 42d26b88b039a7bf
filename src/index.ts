// Public library API: re-exports only, no side effects.
export * from "./schema/index.js";
export { resolveOptions, Options, type OptionsInput } from "./options.js";
export { extractFromBytes, extractInput, articleId } from "./pipeline.js";
export { InputError, expandInputs, fetchUrl, type InputRef, type LoadedBytes } from "./input/index.js";
export { decodeBytes, type DecodedText } from "./decode/index.js";
export { readPage, type Page } from "./page/index.js";
export { normalizeText, normalizeMeta, toSimplified, type NormalizedText } from "./normalize/index.js";
export { readArticleContext, type ContextInput } from "./context/index.js";
export { extractAll, type ExtractContext, type Extraction } from "./extract/index.js";
export { mergeDocuments, roundKey, findDuplicates } from "./merge/index.js";
export {
  parseClaim,
  judgeClaim,
  summariesOf,
  type Claim,
  type ParsedClaim,
  type ClaimReport,
  type CheckDataset,
  type Verdict,
} from "./check/index.js";
