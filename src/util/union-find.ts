// Union-find over 0..n-1 with path compression: the one way merge groups items that are transitively the same
// (reposts of one article, sightings of one person).

export interface UnionFind {
  /** the representative of i's group */
  find(i: number): number;
  /** puts a's group into b's */
  union(a: number, b: number): void;
}

export function unionFind(n: number): UnionFind {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  return { find, union: (a, b) => void (parent[find(a)] = find(b)) };
}
