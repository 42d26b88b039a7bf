// npm run eval:real: a clear message and exit 2 when the real pages are missing; a summary when they are there.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main, roundSentenceNumbers } from "../../scripts/eval-real.js";

const scorer = fileURLToPath(new URL("../../../shared/acceptance/score.mjs", import.meta.url));

describe("eval:real", () => {
  let out: string[];
  let errors: string[];
  beforeEach(() => {
    out = [];
    errors = [];
    vi.spyOn(console, "log").mockImplementation((m: string) => void out.push(String(m)));
    vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(String(m)));
  });
  afterEach(() => vi.restoreAllMocks());

  it("names the missing folder and the retrieval README, exit 2", async () => {
    const missing = join(mkdtempSync(join(tmpdir(), "zhpress-real-")), "nope");
    expect(await main(["--pages", missing])).toBe(2);
    expect(errors.join("\n")).toContain(`no real pages in ${missing}/`);
    expect(errors.join("\n")).toContain("../shared/realpages/README.md");
    expect(out).toEqual([]);
  });

  it("an empty folder is the same message", async () => {
    const empty = mkdtempSync(join(tmpdir(), "zhpress-real-"));
    expect(await main(["--pages", empty])).toBe(2);
    expect(errors.join("\n")).toContain("no real pages in");
  });

  it("a missing gold file is named", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhpress-real-"));
    writeFileSync(join(dir, "a.txt"), "URL: https://example.com/a\n\n园区今年新建道路两条。\n");
    expect(await main(["--pages", dir, "--gold", join(dir, "gold.json")])).toBe(2);
    expect(errors.join("\n")).toContain("--gold");
  });

  it("rejects an unknown flag", async () => {
    expect(await main(["--page", "x"])).toBe(2);
    expect(errors.join("\n")).toContain("usage: eval:real");
  });

  it.skipIf(!existsSync(scorer))("extracts, scores and prints the summary and every WRONG number", async () => {
    const dir = mkdtempSync(join(tmpdir(), "zhpress-real-"));
    mkdirSync(join(dir, "pages"));
    writeFileSync(
      join(dir, "pages", "p.txt"),
      "URL: https://example.com/p\n\n全省开发区2023年第三次“三个一批”活动举行。全省共签约项目263个。\n",
    );
    const gold = { cases: [{ input: "p.txt", rounds: [{ scope: "山西省", year: 2023, ordinal: 3, signed: { projects: 262 } }] }] };
    writeFileSync(join(dir, "gold.json"), JSON.stringify(gold));
    expect(await main(["--pages", join(dir, "pages"), "--gold", join(dir, "gold.json"), "--scorer", scorer])).toBe(0);
    expect(out).toContain("WRONG p.txt: round 山西省 2023#3: signed.projects = 263 (gold 262)");
    expect(out.some((l) => l.startsWith("numbers  right 0  wrong 1"))).toBe(true);
    expect(out).toContain("1 pages, 1 documents in " + join(dir, "pages", "out.jsonl"));
  });
});

describe("roundSentenceNumbers", () => {
  it("lists the unclaimed numbers of round sentences, not the others", () => {
    const doc = {
      uncaptured: [
        { start: 10, end: 13, quote: "33个", subject: "临汾市", roundSentence: true },
        { start: 40, end: 44, quote: "5公里", roundSentence: false },
      ],
    };
    expect(roundSentenceNumbers("a.txt", doc)).toEqual(["UNCAPTURED a.txt: 33个 @10-13 (临汾市)"]);
    expect(roundSentenceNumbers("a.txt", {})).toEqual([]);
  });
});
