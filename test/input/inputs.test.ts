import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { expandInputs } from "../../src/input/inputs.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhpress-inputs-"));
  await mkdir(join(dir, "articles/2023/09"), { recursive: true });
  await mkdir(join(dir, "empty-folder"));
  await mkdir(join(dir, "articles/.cache"));
  for (const f of [
    "articles/a.txt",
    "articles/2023/b.html",
    "articles/2023/09/c.HTM",
    "articles/notes.md",
    "articles/.cache/d.html",
    "articles/photo.jpg",
  ])
    await writeFile(join(dir, f), "一篇文章");
  await writeFile(
    join(dir, "urls.txt"),
    "\ufeff# crawl list\nhttps://example.cn/a.html\n\n  http://example.cn/b.shtml  # the second\nhttps://example.cn/c.html#top\n",
  );
  await writeFile(join(dir, "bad-urls.txt"), "https://example.cn/ok.html\nnot a url\nftp://example.cn/x.txt\n");
  await writeFile(join(dir, "no-urls.txt"), "# nothing yet\n\n");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const paths = (refs: { kind: string; path?: string; url?: string }[]) =>
  refs.map((r) => (r.path ?? r.url ?? r.kind).replace(dir + "/", ""));

describe("expandInputs", () => {
  test("a folder is walked recursively for article files, sorted, skipping hidden folders and other types", async () => {
    const { refs, failures } = await expandInputs([join(dir, "articles")]);
    expect(paths(refs)).toEqual(["articles/2023/09/c.HTM", "articles/2023/b.html", "articles/a.txt"]);
    expect(failures).toEqual([]);
  });
  test("a file, a glob, http(s) URLs, file:// and - for stdin", async () => {
    const { refs, failures } = await expandInputs([
      join(dir, "articles/notes.md"),
      join(dir, "articles/**/*.html"),
      "https://example.cn/p.html",
      pathToFileURL(join(dir, "articles/a.txt")).href,
      "-",
    ]);
    expect(paths(refs)).toEqual(["articles/notes.md", "articles/2023/b.html", "https://example.cn/p.html", "articles/a.txt", "stdin"]);
    expect(failures).toEqual([]);
  });
  test("an input named twice is read once", async () => {
    const { refs } = await expandInputs([join(dir, "articles/a.txt"), join(dir, "articles"), "-", "-"]);
    expect(paths(refs)).toEqual(["articles/a.txt", "articles/2023/09/c.HTM", "articles/2023/b.html", "stdin"]);
  });
  test("@file: a URL list with a BOM, blank lines and comments; a # inside a URL stays", async () => {
    const { refs, failures } = await expandInputs([`@${join(dir, "urls.txt")}`]);
    expect(paths(refs)).toEqual(["https://example.cn/a.html", "http://example.cn/b.shtml", "https://example.cn/c.html#top"]);
    expect(failures).toEqual([]);
  });
  test("@file: bad lines are failures named by line number, the good ones go on", async () => {
    const list = join(dir, "bad-urls.txt");
    const { refs, failures } = await expandInputs([`@${list}`]);
    expect(paths(refs)).toEqual(["https://example.cn/ok.html"]);
    expect(failures.map((f) => [f.input, f.code, f.message])).toEqual([
      [`${list}:2`, "bad-url", `${list}:2: not a URL: not a url`],
      [`${list}:3`, "bad-url", `${list}:3: only http(s) URLs are fetched, not ftp:// (ftp://example.cn/x.txt)`],
    ]);
  });
  test.each([
    ["a glob with no match", () => join(dir, "articles/**/*.pdf"), "no-match", "the pattern matches no file"],
    ["a missing file", () => join(dir, "nope.txt"), "not-found", "no such file or folder"],
    ["a folder with no article files", () => join(dir, "empty-folder"), "no-match", "the folder holds no article files"],
    ["a URL list that does not exist", () => `@${join(dir, "missing-list.txt")}`, "not-found", "no such URL list"],
    ["a URL list with no URLs", () => `@${join(dir, "no-urls.txt")}`, "empty", "the URL list holds no URLs"],
    ["an unsupported scheme", () => "ftp://example.cn/a.txt", "bad-url", "only http(s) URLs"],
    ["a malformed URL", () => "http://", "bad-url", "not a URL"],
  ])("%s is a failure naming it, and the batch goes on", async (_why, input, code, reason) => {
    const { refs, failures } = await expandInputs([input(), join(dir, "articles/a.txt")]);
    expect(paths(refs)).toEqual(["articles/a.txt"]);
    expect(failures).toHaveLength(1);
    expect(failures[0].code).toBe(code);
    expect(failures[0].message).toContain(reason);
    expect(failures[0].input).toBe(input()); // the name as the user wrote it
    expect(failures[0].message.startsWith(`${input()}: `)).toBe(true);
  });
});
