// Public library API: re-exports only, no side effects.
export * from "./schema/index.js";
export { resolveOptions, Options, type OptionsInput } from "./options.js";
export { extractFromBytes, extractInput, articleId } from "./pipeline.js";
export { InputError } from "./load/errors.js";
export type { InputRef, LoadedBytes, Page, DecodedText } from "./load/types.js";
export { normalizeText, toSimplified, type NormalizedText } from "./normalize/index.js";
export { extractAll, type ExtractContext, type Extraction } from "./extract/index.js";
export { mergeDocuments, roundKey } from "./merge/index.js";
