// What page reading gives: the main text and the metadata, still in the page's own script.
import type { Warning } from "../schema/index.js";

export interface Page {
  format: "html" | "text";
  /** the page's address when the file states it (a saved text file's URL: header line) */
  url: string | null;
  title: string | null;
  /** ISO 8601 in +08:00, date or date-time */
  publishedAt: string | null;
  outlet: string | null;
  /** outlets the main text says it was taken from (转自, 来源 …), each once; may include the outlet itself */
  repostOf: string[];
  reporters: string[];
  editors: string[];
  mainText: string;
  warnings: Warning[];
}
