// nodejieba behind a lazy door: its dictionaries cost ~1.7 s and ~250 MB, so they load on the first
// cut, and callers cut only short windows around a candidate (never a whole article).
import nodejieba from "nodejieba";
import { TITLES } from "../data/titles.js";

export interface Token {
  word: string;
  /** jieba part of speech: nr person, ns place, x unknown (often an out-of-vocabulary name) … */
  tag: string;
  start: number;
  end: number;
}

let loaded = false;

function jieba(): typeof nodejieba {
  if (!loaded) {
    nodejieba.load();
    // titles as user words, so a segmenter never glues a title's tail onto a name
    for (const title of TITLES) nodejieba.insertWord(title);
    loaded = true;
  }
  return nodejieba;
}

/** Tagged tokens of a short window, with offsets relative to the window. */
export function segment(window: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of jieba().tag(window)) {
    tokens.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return tokens;
}

/** Offsets (relative to the window) where a token ends: the places a word may be cut. */
export function tokenEnds(window: string): Set<number> {
  return new Set(segment(window).map((t) => t.end));
}
