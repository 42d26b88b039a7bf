// Bytes in: what the user named (files, folders, globs, stdin, http(s) URLs, @url-lists) → input refs → bytes.
export type { InputRef, LoadedBytes } from "./types.js";
export { docTimeout, InputError } from "./errors.js";
export { expandInputs } from "./inputs.js";
export { readInput, labelOf, fetchUrl } from "./read.js";
