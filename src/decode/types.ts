// What decoding gives: the text and how its charset was chosen.
import type { Warning } from "../schema/index.js";

export interface DecodedText {
  text: string;
  charset: string;
  /** how the charset was chosen */
  via: "bom" | "header" | "meta" | "guess" | "default";
  warnings: Warning[];
}
