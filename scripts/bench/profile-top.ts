// Top self-time functions of a V8 .cpuprofile (node --cpu-prof): `node dist/scripts/bench/profile-top.js FILE [N] [--by-file]`.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time summed per function (`byFile` false) or per source file / package (`byFile` true). */
export function topSelfTime(profile: Profile, n: number, byFile = false): { fn: string; where: string; ms: number; pct: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, { fn: string; where: string; us: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = `${url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, "$1/")}:${lineNumber + 1}`;
    const file = where.replace(/:\d+$/, "").replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, "node_modules/$1");
    const key = byFile ? file || functionName : `${functionName}@${where}`;
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    const e = self.get(key) ?? { fn: byFile ? file || functionName : functionName || "(anonymous)", where: byFile ? "" : where, us: 0 };
    e.us += us;
    self.set(key, e);
  });
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, n)
    .map((e) => ({ fn: e.fn, where: e.where, ms: Math.round(e.us / 1000), pct: Math.round((1000 * e.us) / total) / 10 }));
}

if (process.argv[1]?.includes("profile-top")) {
  const [file, count, mode] = process.argv.slice(2);
  for (const r of topSelfTime(JSON.parse(readFileSync(file, "utf8")), Number(count ?? 25), mode === "--by-file"))
    console.log(`${String(r.pct).padStart(5)}%  ${String(r.ms).padStart(6)} ms  ${r.fn}  ${r.where}`);
}
