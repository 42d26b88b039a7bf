// Files generated from code or data and committed (places, the script gate, the JSON schemas): each is written
// only when its content changed, and with --check nothing is written and a stale file is named (exit 1).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

// this module runs as dist/scripts/generated.js or from scripts/ (tsx, tests)
const ROOT = new URL(import.meta.url.includes("/dist/scripts/") ? "../../" : "../", import.meta.url);

/** A path inside the repository, from its path relative to the repository's root. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}

/** Brings each file (repository-relative path → content) up to date; returns the exit code. */
export function syncGenerated(files: Record<string, string>, regenerate: string, check = process.argv.includes("--check")): number {
  let stale = 0;
  for (const [relative, content] of Object.entries(files)) {
    const path = repoPath(relative);
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current === content) continue;
    if (check) {
      stale++;
      console.error(`${relative} is stale: run ${regenerate}`);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote ${relative}`);
    }
  }
  return stale ? 1 : 0;
}
