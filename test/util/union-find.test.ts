import { describe, expect, test } from "vitest";
import { unionFind } from "../../src/util/union-find.js";

describe("unionFind", () => {
  test("every item starts alone", () => {
    const uf = unionFind(3);
    expect([0, 1, 2].map(uf.find)).toEqual([0, 1, 2]);
  });

  test("unions are transitive; the rest stay apart", () => {
    const uf = unionFind(5);
    uf.union(0, 1);
    uf.union(1, 2);
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(3)).not.toBe(uf.find(0));
    expect(uf.find(4)).toBe(4);
  });

  test("a's group goes into b's: b's representative stays", () => {
    const uf = unionFind(4);
    uf.union(2, 3);
    uf.union(0, 2);
    expect(uf.find(0)).toBe(3);
  });
});
