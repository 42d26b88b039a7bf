// Expands what the user named (files, folders, globs, URLs, a file of URLs, "-") into input refs.
import { stat, readFile } from "node:fs/promises";
import { glob, isDynamicPattern } from "tinyglobby";
import { InputError } from "./errors.js";
import type { InputRef } from "./types.js";

const URL_RE = /^https?:\/\//i;
/** article-like files picked up when walking a folder */
const ARTICLE_EXT = ["txt", "html", "htm", "shtml", "xhtml"];

export interface Expanded {
  refs: InputRef[];
  failures: InputError[];
}

export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const refs: InputRef[] = [];
  const failures: InputError[] = [];
  for (const input of inputs) {
    if (input === "-") refs.push({ kind: "stdin" });
    else if (URL_RE.test(input)) refs.push({ kind: "url", url: input });
    else if (input.startsWith("@")) {
      // @urls.txt: a file of URLs, one per line (# comments allowed)
      const listPath = input.slice(1);
      try {
        const lines = (await readFile(listPath, "utf8")).split(/\r?\n/).map((l) => l.trim());
        lines.filter((l) => l && !l.startsWith("#")).forEach((l) =>
          URL_RE.test(l) ? refs.push({ kind: "url", url: l }) : failures.push(new InputError(listPath, "bad-url", `not an http(s) URL: ${l}`)),
        );
      } catch (e) {
        failures.push(new InputError(listPath, "not-found", `cannot read the URL list (${(e as NodeJS.ErrnoException).code ?? e})`));
      }
    } else {
      const s = await stat(input).catch(() => null);
      if (s?.isDirectory()) {
        const found = await glob(`**/*.{${ARTICLE_EXT.join(",")}}`, { cwd: input, absolute: false, onlyFiles: true });
        found.sort().forEach((f) => refs.push({ kind: "file", path: joinPath(input, f) }));
      } else if (s?.isFile()) refs.push({ kind: "file", path: input });
      else if (isDynamicPattern(input)) {
        const found = (await glob(input, { onlyFiles: true })).sort();
        if (found.length === 0) failures.push(new InputError(input, "no-match", "the pattern matches no file"));
        found.forEach((f) => refs.push({ kind: "file", path: f }));
      } else failures.push(new InputError(input, "not-found", "no such file or folder"));
    }
  }
  return { refs, failures };
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith("/") ? dir + file : `${dir}/${file}`;
}
