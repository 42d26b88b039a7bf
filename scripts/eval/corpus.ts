// Loads the corpus: every expected file (validated, naming the file when malformed) and its article.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import { ExpectedArticle } from "./expected.js";

export interface CorpusCase {
  expectedPath: string;
  articlePath: string;
  expected: ExpectedArticle;
}

export class CorpusError extends Error {}

export function loadExpected(path: string): ExpectedArticle {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new CorpusError(`${path}: cannot read expected facts (${(e as Error).message})`);
  }
  const parsed = ExpectedArticle.safeParse(json);
  if (!parsed.success) throw new CorpusError(`${path}: malformed expected facts\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Every corpus/expected/*.json in name order; paths come back relative to the working directory. */
export function loadCorpus(corpusDir: string): CorpusCase[] {
  const dir = join(corpusDir, "expected");
  const names = readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort();
  if (names.length === 0) throw new CorpusError(`${dir}: no expected files`);
  return names.map((n) => {
    const expectedPath = relative(process.cwd(), join(dir, n)) || n;
    const expected = loadExpected(expectedPath);
    return { expectedPath, articlePath: relative(process.cwd(), join(corpusDir, expected.file)), expected };
  });
}
