import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readName } from "../../src/extract/scan/person-name.js";
import { segment, segmenterStats, TITLES_DICT } from "../../src/extract/text/segment.js";

import { root, runNode } from "../helpers/cli.js";

/** Runs `body` in a fresh Node process (nothing loaded yet) and returns what it prints. */
async function inFreshProcess(body: string): Promise<string> {
  const code = `
    const { extractAll } = await import("./src/extract/index.ts");
    const { segmenterLoaded } = await import("./src/extract/text/segment.ts");
    const extract = (text) => extractAll({ text, publishedAt: null, blocked: [] });
    ${body}`;
  const r = await runNode(["--import", "tsx", "--input-type=module", "-e", code], { cwd: root });
  if (r.code !== 0) throw new Error(`fresh process failed (${r.code}): ${r.stderr}`);
  return r.stdout.trim();
}

describe("segmenter: loaded only when a page has a candidate", () => {
  test("a page with no title, name, zone or figure never loads nodejieba; one with a titled name does", async () => {
    const printed = await inFreshProcess(`
      extract("据了解，今年以来全省营商环境持续优化，群众满意度不断提升。");
      console.log(segmenterLoaded());
      extract("省委副书记、省长金湘军出席活动并讲话。");
      console.log(segmenterLoaded());`);
    expect(printed.split("\n")).toEqual(["false", "true"]);
  }, 120_000);
});

describe("segmenter: identical windows are cut once", () => {
  test("a repeated window returns the same tokens without a second cut", () => {
    const first = segment("市长王建新出席");
    const { cuts } = segmenterStats();
    expect(segment("市长王建新出席")).toEqual(first);
    expect(segmenterStats().cuts).toBe(cuts);
    expect(first.map((t) => t.word).join("")).toBe("市长王建新出席");
    expect(first.every((t, i) => t.start === (first[i - 1]?.end ?? 0) && t.end === t.start + t.word.length)).toBe(true);
  });

  test("a different window is cut", () => {
    const { cuts } = segmenterStats();
    segment("县长李红梅主持");
    expect(segmenterStats().cuts).toBe(cuts + 1);
  });
});

describe("person names: the segmenter is asked only about names the lexicons leave standing", () => {
  test.each([
    ["高新区，", "a body suffix (区) inside"],
    ["李某、", "某 hides a name"],
    ["张的，", "a particle inside"],
  ])("%s is ruled out without a segmenter call (%s)", (text) => {
    const { calls } = segmenterStats();
    expect(readName(text, 0)).toBeNull();
    expect(segmenterStats().calls).toBe(calls);
  });

  test.each([
    ["王建新、", "王建新"],
    ["欧阳春华，", "欧阳春华"],
  ])("%s still asks the segmenter and is read", (text, name) => {
    const { calls } = segmenterStats();
    expect(readName(text, 0)?.name).toBe(name);
    expect(segmenterStats().calls).toBe(calls + 1);
  });
});

describe("segmenter: the titles load as a user dictionary, tagged as insertWord tagged them", () => {
  test("the generated dictionary is TITLES, one `title x` line each", async () => {
    const { renderTitlesDict, TITLES_DICT_PATH } = await import("../../scripts/gen-jieba-titles.js");
    expect(readFileSync(join(root, TITLES_DICT_PATH), "utf8")).toBe(renderTitlesDict());
    expect(renderTitlesDict(["省长", "副市长"])).toBe("省长 x\n副市长 x\n");
  });

  test("every title in a sentence cuts and tags as when each was inserted after load", async () => {
    // both ways in one fresh process: the inserted words make that dictionary this thread's own, so
    // the second load (other files) builds its own too
    const printed = await inFreshProcess(`
      const { createRequire } = await import("node:module");
      const nodejieba = createRequire(process.cwd() + "/")("nodejieba");
      const { TITLES } = await import("./src/data/titles.ts");
      const data = (f) => process.cwd() + "/src/data/" + f;
      const windows = TITLES.flatMap((t) => [t + "金湘军出席", "王建新" + t, "副" + t + "李红梅讲话", "原" + t + "欧阳春华"]);
      const tagAll = () => windows.map((w) => nodejieba.tag(w).map((t) => t.word + ":" + t.tag).join(" "));
      nodejieba.load({ idfDict: data("jieba-idf.utf8"), stopWordDict: data("jieba-stop-words.utf8") });
      for (const t of TITLES) nodejieba.insertWord(t);
      const inserted = tagAll();
      nodejieba.load({ userDict: nodejieba.DEFAULT_USER_DICT + "|" + data("${TITLES_DICT}"), idfDict: data("jieba-idf.utf8"), stopWordDict: data("jieba-stop-words.utf8") });
      const loaded = tagAll();
      const differ = windows.filter((w, i) => inserted[i] !== loaded[i]);
      console.log(JSON.stringify({ windows: windows.length, differ, sample: loaded[0] }));`);
    const got = JSON.parse(printed) as { windows: number; differ: string[]; sample: string };
    expect(got.windows).toBeGreaterThan(1000);
    expect(got.differ).toEqual([]);
    // the title is one token tagged x: the comparison is not between two dictionaries without titles
    expect(got.sample.startsWith("省人大常委会组织部副部长:x ")).toBe(true);
  }, 120_000);
});
