import type { Source } from "../schema/index.js";

/** One input as named by the user, before it is read. */
export type InputRef = { kind: "file"; path: string } | { kind: "url"; url: string } | { kind: "stdin" };

/** The bytes of one input and what its transport said about them. */
export interface LoadedBytes {
  source: Source;
  /** name used in messages: the path, the URL or "<stdin>" */
  label: string;
  bytes: Uint8Array;
  /** Content-Type header for URLs; null for files */
  contentType: string | null;
  /** the URL after redirects, for URLs */
  finalUrl?: string;
}
