// (c) The floors: a drop below a floor fails; --update raises and never lowers without --allow-lower.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { belowFloors, floorOf, readBaseline, updateFloors } from "../../scripts/eval/baseline.js";

describe("belowFloors", () => {
  it.each([
    [{ "rounds.f1": 0.9 }, { "rounds.f1": 0.9 }, []],
    [{ "rounds.f1": 0.95 }, { "rounds.f1": 0.9 }, []],
    [{ "rounds.f1": 0.8999 }, { "rounds.f1": 0.9 }, ["rounds.f1"]],
    [{}, { "numbers.precision": 0.5 }, ["numbers.precision"]],
  ])("scores %o against floors %o fail on %o", (scores, floors, failing) => {
    expect(belowFloors(scores, floors).map((d) => d.score)).toEqual(failing);
  });
});

describe("updateFloors", () => {
  const floors = { "rounds.f1": 0.8, "people.f1": 0.9 };
  const scores = { "rounds.f1": 0.85, "people.f1": 0.7, "zones.f1": 0.5 };

  it("raises floors and adds new ones, never lowering without --allow-lower", () => {
    const u = updateFloors(floors, scores, false);
    expect(u.floors).toEqual({ "rounds.f1": 0.85, "people.f1": 0.9, "zones.f1": 0.5 });
    expect(u.raised.sort()).toEqual(["rounds.f1", "zones.f1"]);
    expect(u.lowered).toEqual([]);
  });

  it("lowers a floor with --allow-lower and says which", () => {
    const u = updateFloors(floors, scores, true);
    expect(u.floors["people.f1"]).toBe(0.7);
    expect(u.lowered).toEqual([{ score: "people.f1", floor: 0.9, current: 0.7 }]);
  });

  it("pins a floor the same score never falls below", () => {
    const third = 1 / 3;
    expect(floorOf(third)).toBe(0.3333);
    expect(belowFloors({ x: third }, updateFloors({}, { x: third }, false).floors)).toEqual([]);
  });
});

describe("readBaseline", () => {
  const dir = mkdtempSync(join(tmpdir(), "zhpress-baseline-"));
  it("reads no file as no floors, and a malformed one fails naming the file", () => {
    expect(readBaseline(join(dir, "none.json"))).toEqual({ floors: {} });
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ floors: { "rounds.f1": 2 } }));
    expect(() => readBaseline(join(dir, "bad.json"))).toThrow(/bad\.json: malformed baseline/);
  });

  it("reads the committed baseline", () => {
    const committed = readBaseline(new URL("../../corpus/baseline.json", import.meta.url).pathname);
    expect(Object.keys(committed.floors)).toContain("numbers.precision");
    expect(JSON.parse(readFileSync(new URL("../../corpus/baseline.json", import.meta.url), "utf8")).about).toMatch(/--allow-lower/);
  });
});
