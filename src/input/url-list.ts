// A file of URLs, one per line (`@urls.txt`): blank lines and # comments skipped, each bad line named by its number.
import { readFile } from "node:fs/promises";
import { InputError } from "./errors.js";

export interface UrlList {
  urls: string[];
  failures: InputError[];
}

// a comment runs from a # at the start of a line or after whitespace (a # inside a URL is a fragment), to the line's end
export const COMMENT_RE = /(?:^|\s)#.*$/s;

export async function readUrlList(listPath: string): Promise<UrlList> {
  const text = await readFile(listPath, "utf8").catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`@${listPath}`, "not-found", e.code === "ENOENT" ? "no such URL list" : `cannot read the URL list (${e.code})`);
  });
  const urls: string[] = [];
  const failures: InputError[] = [];
  text
    .replace(/^\ufeff/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.replace(COMMENT_RE, "").trim();
      if (line === "") return;
      try {
        urls.push(toHttpUrl(line, `${listPath}:${i + 1}`));
      } catch (e) {
        failures.push(e as InputError);
      }
    });
  if (urls.length === 0 && failures.length === 0) failures.push(new InputError(`@${listPath}`, "empty", "the URL list holds no URLs"));
  return { urls, failures };
}

/** A well-formed http(s) URL, or an InputError naming where it came from. */
export function toHttpUrl(text: string, where: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new InputError(where, "bad-url", `not a URL: ${text}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new InputError(where, "bad-url", `only http(s) URLs are fetched, not ${url.protocol}// (${text})`);
  return url.toString();
}
