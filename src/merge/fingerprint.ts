// Near-duplicate fingerprints: MinHash over character shingles, banded (LSH) for candidates,
// every candidate confirmed by the exact Jaccard similarity of the shingle sets. Linear in the batch:
// each text is shingled and signed once; a bucket is compared per group, not per pair.
import { UnionFind } from "../util/index.js";

/** Characters per shingle: 5 Chinese characters is about two words, robust to a changed figure. */
export const SHINGLE_SIZE = 5;
/** Hash functions in a signature; BANDS × ROWS must equal it. */
export const SIGNATURE_SIZE = 128;
// 64 bands of 2 rows: a pair at Jaccard 0.25 becomes a candidate with probability 0.98.
const BANDS = 64;
const ROWS = SIGNATURE_SIZE / BANDS;
/**
 * Two texts are one story reused (a repost, or a rewrite of the same 通稿) when their shingle sets
 * have Jaccard ≥ 0.25. Measured on corpus/: reposts that reword the lead but keep whole sentences
 * score 0.27–0.29 (a verbatim repost with one changed figure scores above 0.9); different reports,
 * even of the same round, share only stock phrases (名称, 职务, 第N次“三个一批”) and score ≤ 0.16.
 */
export const NEAR_DUPLICATE_JACCARD = 0.25;
/**
 * Candidates whose MinHash estimate falls this far below the threshold skip the exact comparison.
 * Bound: the estimate is Binomial(128, J)/128, so for a pair at exactly J = 0.25 (σ ≈ 0.038) an
 * estimate below 0.15 is 2.6σ low, probability ≈ 0.5%; at J ≥ 0.29 (the corpus reposts) < 0.05%.
 */
const ESTIMATE_MARGIN = 0.1;
/**
 * Groups compared per LSH bucket at most. A bucket holding more than this many mutually dissimilar
 * texts is boilerplate (a stock phrase every report shares); its later texts are still compared
 * with these groups but start none of their own, so the bucket costs O(size × cap), not O(size²).
 * A true pair (J ≥ 0.25) shares a band in ~4 of 64 bands on average, so other buckets still find it.
 */
const MAX_GROUPS_PER_BUCKET = 32;

/** Whitespace and punctuation (ASCII, general, CJK, full-width) differ between outlets' layouts. */
function isLayoutNoise(c: number): boolean {
  return (
    c <= 0x2f ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0xbf) ||
    (c >= 0x2000 && c <= 0x206f) ||
    (c >= 0x3000 && c <= 0x303f) ||
    c === 0xfeff ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

// Polynomial rolling hash base (odd, so multiplication mod 2^32 is a bijection).
const BASE = 0x01000193;

/**
 * The set of shingles (SHINGLE_SIZE consecutive non-noise code units), each as a 32-bit rolling
 * hash, sorted ascending without repeats: no substring is allocated, a set costs 4 bytes a shingle,
 * and two sets intersect by one merge walk. A collision among ten thousand shingles is negligible.
 */
export function shingles(text: string, size = SHINGLE_SIZE): Uint32Array {
  const window = new Uint16Array(size);
  let dropFactor = 1; // BASE^(size-1): the weight of the code unit leaving the window
  for (let j = 1; j < size; j++) dropFactor = Math.imul(dropFactor, BASE);
  const out = new Uint32Array(Math.max(1, text.length));
  let n = 0;
  let kept = 0;
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLayoutNoise(c)) continue;
    const slot = kept % size;
    if (kept >= size) h = (h - Math.imul(window[slot], dropFactor)) | 0;
    h = (Math.imul(h, BASE) + c) | 0;
    window[slot] = c;
    kept++;
    if (kept >= size) out[n++] = h >>> 0;
  }
  if (kept > 0 && kept < size) out[n++] = h >>> 0;
  return uniqueSorted(out.subarray(0, n));
}

/** Sorts in place and drops repeats; returns a copy sized to fit (the scratch buffer is freed). */
function uniqueSorted(xs: Uint32Array): Uint32Array {
  xs.sort();
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[n - 1]) xs[n++] = xs[i];
  return xs.slice(0, n);
}

/** murmur3 finalizer: turns (hash xor seed) into one of SIGNATURE_SIZE independent-looking hashes. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Seeds fixed at module load so signatures are comparable across runs.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x632be5ab));

export function minhash(set: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix(h ^ SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Fraction of agreeing signature slots: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** jaccard of two sorted sets without repeats (as shingles returns them), by one merge walk. */
export function sortedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else (shared++, i++, j++);
  }
  return shared / (a.length + b.length - shared);
}

/** A band's rows as a short exact key: two UTF-16 code units per 32-bit slot, no number formatting. */
function bandKey(sig: Uint32Array, band: number): string {
  let key = "";
  for (let r = band * ROWS; r < (band + 1) * ROWS; r++) key += String.fromCharCode(sig[r] & 0xffff, sig[r] >>> 16);
  return key;
}

/**
 * Confirmed near-duplicate pairs with their exact similarity: enough pairs to connect every group
 * (a spanning forest), not every pair. Texts landing in one LSH bucket are compared with one member
 * of each group already seen there, so a batch of a thousand reposts costs a thousand comparisons.
 */
export function nearDuplicatePairs(texts: string[], threshold = NEAR_DUPLICATE_JACCARD): { a: number; b: number; similarity: number }[] {
  const sets = texts.map((t) => shingles(t));
  const sigs = sets.map(minhash);
  const groups = new UnionFind(texts.length);
  const tried = new Set<number>(); // pair a < b as a * n + b: exact below 2^53 for any batch that fits in memory
  const pairs: { a: number; b: number; similarity: number }[] = [];
  const similar = (x: number, y: number): boolean => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const pair = a * texts.length + b;
    if (tried.has(pair)) return false;
    tried.add(pair);
    if (estimateJaccard(sigs[a], sigs[b]) < threshold - ESTIMATE_MARGIN) return false;
    const similarity = sortedJaccard(sets[a], sets[b]);
    if (similarity < threshold) return false;
    pairs.push({ a, b, similarity });
    groups.union(a, b);
    return true;
  };
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    for (let i = 0; i < sigs.length; i++) {
      if (sets[i].length === 0) continue; // an empty text is nobody's duplicate
      const key = bandKey(sigs[i], band);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      const representatives: number[] = [];
      for (const i of bucket)
        if (!representatives.some((r) => groups.connected(r, i) || similar(r, i)) && representatives.length < MAX_GROUPS_PER_BUCKET)
          representatives.push(i);
    }
  }
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}
