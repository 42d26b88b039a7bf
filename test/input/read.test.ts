import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encodeAs } from "../../src/decode/charset.js";
import { assertUsable, readInput } from "../../src/input/read.js";
import { resolveOptions } from "../../src/options.js";

let dir: string;
const opts = resolveOptions({});
const file = (name: string) => ({ kind: "file" as const, path: join(dir, name) });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhpress-read-"));
  await writeFile(join(dir, "article.txt"), "全省开发区项目集中开工，开工项目一百个。");
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(join(dir, "blank.txt"), " \n\t\r\n\u3000\u3000\n".repeat(2000));
  await writeFile(join(dir, "binary.html"), Buffer.from([0x3c, 0x68, 0x31, 0x00, 0x00, 0x02, 0x3e]));
  // a sparse 11 MB file: over the 10 MB default cap without writing 11 MB
  const big = await open(join(dir, "huge.txt"), "w");
  await big.truncate(11 * 1024 * 1024);
  await big.close();
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function refusal(name: string) {
  const e = await readInput(file(name), opts).then(
    () => null,
    (err: unknown) => err as { input: string; code: string; message: string },
  );
  return { input: e?.input, code: e?.code, message: e?.message };
}

describe("readInput: files", () => {
  test("an article's bytes, with its path as source and label", async () => {
    const got = await readInput(file("article.txt"), opts);
    expect(Buffer.from(got.bytes).toString("utf8")).toBe("全省开发区项目集中开工，开工项目一百个。");
    expect(got).toMatchObject({ source: { path: join(dir, "article.txt") }, label: join(dir, "article.txt"), contentType: null });
  });
  test.each([
    ["empty.txt", "empty", "the input is empty"],
    ["blank.txt", "empty", "the input is empty (only whitespace)"],
    ["binary.html", "binary", "looks like a binary file, not an article (it contains NUL bytes)"],
    ["huge.txt", "too-large", "11.0 MB is over the 10.0 MB limit for one article (--max-file-mb)"],
    ["missing.txt", "not-found", "no such file"],
  ])("%s is refused: %s", async (name, code, reason) => {
    expect(await refusal(name)).toEqual({ input: join(dir, name), code, message: `${join(dir, name)}: ${reason}` });
  });
});

describe("assertUsable", () => {
  test.each([
    ["a PDF", Buffer.from("%PDF-1.7\n"), "looks like a binary file (a PDF), not an article"],
    ["a PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "(a PNG image)"],
    ["gzip", Buffer.from([0x1f, 0x8b, 0x08, 0x00]), "gzip-compressed"],
    ["a BOM and nothing else", Buffer.from([0xef, 0xbb, 0xbf, 0x0a]), "only whitespace"],
    ["GBK ideographic spaces", Buffer.from([0xa1, 0xa1, 0x20, 0xa1, 0xa1]), "only whitespace"],
  ])("refuses %s", (_what, bytes, reason) => {
    expect(() => assertUsable("x.txt", bytes)).toThrow(reason);
  });
  test.each([
    ["UTF-8 Chinese", Buffer.from("签约一批")],
    ["GBK Chinese", Buffer.from(encodeAs("签约一批", "gbk"))],
    ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("签约 a", "utf16le")])],
    ["whitespace then one character", Buffer.from(" ".repeat(10_000) + "签")],
    ["a NUL past the scanned head", Buffer.concat([Buffer.from("签".repeat(3000)), Buffer.from([0])])],
  ])("accepts %s", (_what, bytes) => {
    expect(() => assertUsable("x.txt", bytes)).not.toThrow();
  });
});
