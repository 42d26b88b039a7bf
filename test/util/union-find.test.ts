import { describe, expect, test } from "vitest";
import { UnionFind } from "../../src/util/union-find.js";

describe("UnionFind", () => {
  test("every item starts alone", () => {
    const uf = new UnionFind(3);
    expect(uf.groups()).toEqual([[0], [1], [2]]);
    expect(uf.connected(0, 1)).toBe(false);
  });

  test("links are transitive; groups are ascending and ordered by their smallest member", () => {
    const uf = new UnionFind(6);
    expect(uf.union(4, 1)).toBe(true);
    expect(uf.union(5, 0)).toBe(true);
    expect(uf.union(1, 3)).toBe(true);
    expect(uf.union(3, 4)).toBe(false); // already one set
    expect(uf.connected(4, 3)).toBe(true);
    expect(uf.connected(0, 1)).toBe(false);
    expect(uf.groups()).toEqual([[0, 5], [1, 3, 4], [2]]);
  });

  test("the larger set's root stays the root (union by size)", () => {
    const uf = new UnionFind(4);
    uf.union(0, 1);
    uf.union(0, 2);
    const root = uf.find(0);
    uf.union(3, 0); // 3 alone joins under the three-member set, whichever argument comes first
    expect(uf.find(3)).toBe(root);
  });

  test("a long chain resolves without recursion and compresses to one root", () => {
    const n = 200_000;
    const uf = new UnionFind(n);
    for (let i = 1; i < n; i++) uf.union(i, i - 1);
    expect(uf.find(n - 1)).toBe(uf.find(0));
    expect(uf.groups()).toHaveLength(1);
  });
});
