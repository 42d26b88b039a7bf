// recheck's verdicts, remembered between runs in node_modules/.cache: a pattern checked safe by this version of
// recheck with these options and this seed stays safe, so only a new or changed pattern is checked again (the
// full check of every pattern costs about 50 CPU-seconds, minutes on a loaded 2-core machine). Only "safe" is
// remembered: a flagged or unknown verdict is checked afresh every run. REDOS_NO_CACHE=1 checks everything.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const FILE = join(ROOT, "node_modules", ".cache", "zhpress-redos", "safe.json");

/** what a verdict depends on besides the pattern: the checker's version and its options */
export function verdictContext(options: object): string {
  const { version } = JSON.parse(readFileSync(join(ROOT, "node_modules", "recheck", "package.json"), "utf8")) as { version: string };
  return `recheck ${version} ${JSON.stringify(options)}`;
}

export function verdictKey(context: string, source: string, flags: string): string {
  return createHash("sha256").update(`${context}\n${flags}\n${source}`).digest("hex");
}

export function loadSafe(): Set<string> {
  if (process.env.REDOS_NO_CACHE) return new Set();
  try {
    return new Set(JSON.parse(readFileSync(FILE, "utf8")) as string[]);
  } catch {
    return new Set();
  }
}

/** Writes the keys of the patterns checked safe in this run (keys of patterns no longer in src/ are dropped). */
export function saveSafe(keys: Iterable<string>): void {
  mkdirSync(join(FILE, ".."), { recursive: true });
  const tmp = `${FILE}.${process.pid}`;
  writeFileSync(tmp, JSON.stringify([...keys].sort()));
  renameSync(tmp, FILE);
}
