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
}

export interface DecodedText {
  text: string;
  charset: string;
  /** how the charset was chosen */
  via: "bom" | "header" | "meta" | "guess" | "default";
  warnings: { code: string; message: string }[];
}

/** Main text and metadata of a page, still in the page's own script. */
export interface Page {
  format: "html" | "text";
  title: string | null;
  /** ISO 8601 in +08:00, date or date-time */
  publishedAt: string | null;
  outlet: string | null;
  reporters: string[];
  editors: string[];
  mainText: string;
  warnings: { code: string; message: string }[];
}
