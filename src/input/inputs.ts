// Expands what the user named (files, folders, globs, URLs, a file of URLs, "-") into input refs.
// Every name that yields nothing is a failure naming it; duplicates are read once.
import { stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "./errors.js";
import type { InputRef } from "./types.js";
import { readUrlList, toHttpUrl } from "./url-list.js";

// a scheme before "://" marks a URL rather than a path
const SCHEME_RE = /^(?<scheme>[a-z][a-z0-9+.-]*):\/\//i;
/** article-like files picked up when walking a folder */
export const ARTICLE_EXT = ["txt", "html", "htm", "shtml", "xhtml"];
const ARTICLE_GLOB = `**/*.{${ARTICLE_EXT.join(",")}}`;

export interface Expanded {
  refs: InputRef[];
  failures: InputError[];
}

export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const refs: InputRef[] = [];
  const failures: InputError[] = [];
  const seen = new Set<string>();
  const add = (ref: InputRef) => {
    const key = ref.kind === "file" ? `file:${resolve(ref.path)}` : ref.kind === "url" ? `url:${ref.url}` : "stdin";
    if (!seen.has(key)) (seen.add(key), refs.push(ref));
  };
  for (const input of inputs) {
    try {
      (await expandOne(input, failures)).forEach(add);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failures.push(e);
    }
  }
  return { refs, failures };
}

/** One name → its refs; throws an InputError when it names nothing usable. A URL list reports bad lines and goes on. */
async function expandOne(input: string, failures: InputError[]): Promise<InputRef[]> {
  if (input === "-") return [{ kind: "stdin" }];
  if (input.startsWith("@")) {
    const list = await readUrlList(input.slice(1));
    failures.push(...list.failures);
    return list.urls.map((url) => ({ kind: "url", url }));
  }
  const scheme = input.match(SCHEME_RE)?.groups?.scheme.toLowerCase();
  if (scheme === "file") return expandPath(fileURLToPath(input), input);
  if (scheme !== undefined) return [{ kind: "url", url: toHttpUrl(input, input) }];
  return expandPath(input, input);
}

async function expandPath(path: string, input: string): Promise<InputRef[]> {
  const s = await stat(path).catch(() => null);
  if (s?.isFile()) return [{ kind: "file", path }];
  // tinyglobby (and fdir, picomatch) only for a folder or a pattern: one named file never loads it
  if (s?.isDirectory()) {
    const { glob } = await import("tinyglobby");
    const found = await glob(ARTICLE_GLOB, { cwd: path, onlyFiles: true, caseSensitiveMatch: false });
    if (found.length === 0) throw new InputError(input, "no-match", `the folder holds no article files (.${ARTICLE_EXT.join(", .")})`);
    return found.sort().map((f) => ({ kind: "file", path: joinPath(path, f) }));
  }
  if (s) throw new InputError(input, "not-a-file", "not a regular file or folder");
  const { glob, isDynamicPattern } = await import("tinyglobby");
  if (isDynamicPattern(path)) {
    // an absolute pattern gives absolute paths, a relative one paths relative to where the user stands
    const found = await glob(path, { onlyFiles: true, absolute: isAbsolute(path) });
    if (found.length === 0) throw new InputError(input, "no-match", "the pattern matches no file");
    return found.sort().map((f) => ({ kind: "file", path: f }));
  }
  throw new InputError(input, "not-found", "no such file or folder");
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith("/") ? dir + file : `${dir}/${file}`;
}
