// Public library API: re-exports only, no side effects.
export * from "./schema/index.js";
export { resolveOptions, Options, type OptionsInput } from "./options.js";
export { extractFromBytes, extractInput, articleId } from "./pipeline.js";
export { InputError } from "./load/errors.js";
export type { InputRef, LoadedBytes, Page, DecodedText } from "./load/types.js";
export { normalizeText, normalizeMeta, toSimplified, type NormalizedText } from "./normalize/index.js";
export { extractAll, type ExtractContext, type Extraction } from "./extract/index.js";
export { decodeBytes } from "./load/decode.js";
export { readPage } from "./load/page.js";
export { expandInputs } from "./load/inputs.js";
export { fetchUrl } from "./load/fetch.js";
export { mergeDocuments, roundKey, findDuplicates, parseClaim, judgeClaim } from "./merge/index.js";
export type { Claim, ParsedClaim, ClaimReport, Verdict } from "./merge/index.js";
