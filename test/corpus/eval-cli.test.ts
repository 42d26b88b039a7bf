// The eval command end to end on a one-article corpus: exit codes, floors kept, loud lowering.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../scripts/eval.js";

function tinyCorpus(floors: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), "zhpress-eval-"));
  mkdirSync(join(dir, "articles"));
  mkdirSync(join(dir, "expected"));
  writeFileSync(join(dir, "articles", "a.txt"), "开发区简讯\n园区今年新建道路两条。\n");
  const expected = {
    file: "articles/a.txt",
    about: "nothing to find",
    article: { publishedAt: null, outlet: null, script: "simplified" },
    rounds: [],
    people: [],
    zones: [],
    figures: [],
  };
  writeFileSync(join(dir, "expected", "a.json"), JSON.stringify(expected));
  writeFileSync(join(dir, "baseline.json"), JSON.stringify({ floors }));
  return dir;
}
const floorsIn = (dir: string) => JSON.parse(readFileSync(join(dir, "baseline.json"), "utf8")).floors;

describe("eval main", () => {
  let errors: string[];
  beforeEach(() => {
    errors = [];
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(String(m)));
  });
  afterEach(() => vi.restoreAllMocks());

  it("passes when every score is at or above its floor", () => {
    expect(main(["--corpus", tinyCorpus({ "rounds.precision": 1 })])).toBe(0);
  });

  it("fails naming the score when one is below its floor, and --update keeps that floor", () => {
    const dir = tinyCorpus({ "missing.score": 0.5 });
    expect(main(["--corpus", dir])).toBe(1);
    expect(errors.join("\n")).toMatch(/BELOW FLOOR missing\.score/);
    expect(main(["--corpus", dir, "--update"])).toBe(1);
    expect(floorsIn(dir)["missing.score"]).toBe(0.5);
    expect(floorsIn(dir)["rounds.f1"]).toBe(1);
  });

  it("lowers a floor only with --allow-lower, and says so", () => {
    const dir = tinyCorpus({ "figures.f1": 1 });
    writeFileSync(
      join(dir, "expected", "a.json"),
      readFileSync(join(dir, "expected", "a.json"), "utf8").replace('"figures":[]', '"figures":[{"value":99,"unit":"个"}]'),
    );
    expect(main(["--corpus", dir, "--update"])).toBe(1);
    expect(floorsIn(dir)["figures.f1"]).toBe(1);
    const code = main(["--corpus", dir, "--update", "--allow-lower"]);
    expect(floorsIn(dir)["figures.f1"]).toBeLessThan(1);
    expect(errors.join("\n")).toMatch(/LOWERED FLOOR figures\.f1/);
    expect(code).toBe(0);
  });

  it.each([
    [["--allow-lower"], /only goes with --update/],
    [["--bogus"], /unknown flag --bogus/],
  ])("refuses %o with exit 2", (args, message) => {
    expect(main(["--corpus", tinyCorpus({}), ...args])).toBe(2);
    expect(errors.join("\n")).toMatch(message);
  });

  it("names a malformed expected file and exits 2", () => {
    const dir = tinyCorpus({});
    writeFileSync(join(dir, "expected", "a.json"), JSON.stringify({ file: "articles/a.txt" }));
    expect(main(["--corpus", dir])).toBe(2);
    expect(errors.join("\n")).toMatch(/a\.json: malformed expected facts/);
  });
});
