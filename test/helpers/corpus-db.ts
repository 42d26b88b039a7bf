// A real database built from corpus/ by the CLI (`zhpress run corpus --db …`), in a temporary folder.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./cli.js";

export interface CorpusDb {
  path: string;
  remove(): Promise<void>;
}

export async function buildCorpusDb(): Promise<CorpusDb> {
  const dir = await mkdtemp(join(tmpdir(), "zhpress-serve-"));
  const path = join(dir, "corpus.db");
  const r = await runCli(["run", "corpus", "--db", path, "--out", join(dir, "out"), "--quiet", "--workers", "0"]);
  if (r.code !== 0) throw new Error(`zhpress run corpus --db failed (${r.code}): ${r.stderr}`);
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}
