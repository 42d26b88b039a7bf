// Disjoint sets over the indices 0..size-1 (union-find): which items ended up connected by pairwise links.

export class UnionFind {
  private readonly parent: number[];
  private readonly size: number[];

  constructor(count: number) {
    this.parent = Array.from({ length: count }, (_, i) => i);
    this.size = new Array<number>(count).fill(1);
  }

  /** the representative of i's set; paths are compressed on the way, so later finds are near O(1) */
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) [this.parent[i], i] = [root, this.parent[i]];
    return root;
  }

  /** joins the sets of a and b (the smaller under the larger); false when they were already one */
  union(a: number, b: number): boolean {
    let [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    return true;
  }

  connected(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  /** the sets, each in ascending order, ordered by their smallest member: independent of which item is the root */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const group = byRoot.get(root);
      if (group) group.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()];
  }
}
