// `zhpress run <inputs> [--db FILE] [--out DIR]`: read, extract and store every input (unchanged bytes
// are skipped), merge everything stored, print the round table; --out also exports the files.
import { dirname, join } from "node:path";
import { onExit } from "signal-exit";
import { writeFileAtomic } from "../../export/atomic.js";
import { datasetteMetadata, writeExport } from "../../export/index.js";
import { mergeDocuments } from "../../merge/index.js";
import type { Options } from "../../options.js";
import { DEFAULT_DB, openStore, SqliteStore, type DatasetStore } from "../../store/index.js";
import { progressReporter, reportFailures } from "../batch.js";
import { EXIT } from "../handle-error.js";
import { storeBatch } from "../store-batch.js";
import { roundTable } from "../table.js";

export interface RunArgs {
  inputs: string[];
  /** also export JSONL and CSV files here */
  out: string | null;
  /** the database; default DIR/zhpress.db with --out DIR, else out/zhpress.db */
  db: string | null;
}

export async function runCommand(args: RunArgs, opts: Options): Promise<number> {
  const db = args.db ?? (args.out ? join(args.out, "zhpress.db") : DEFAULT_DB);
  let store: DatasetStore | null = null;
  // Ctrl-C or SIGTERM: close the database so its -wal and -shm files go too (a document is stored whole or not at all)
  const forget = onExit(() => void store?.close());
  try {
    const open = async () => (store = await openStore(db));
    const result = await storeBatch(args.inputs, opts, open, progressReporter(opts.quiet));
    reportFailures(result.failures);
    if (!store || result.stored + result.skipped === 0) {
      if (!opts.quiet) process.stderr.write(`zhpress: no input could be read; ${db} and its exports are left as they were\n`);
      return EXIT.partial;
    }
    const s: DatasetStore = store;
    const docs = (await s.listDocuments()).map((d) => d.document);
    const dataset = mergeDocuments(docs);
    await s.replaceDataset(dataset);
    // a postgres:// URL is printed without its password
    const written = [s.location];
    if (s instanceof SqliteStore) {
      const metadata = join(dirname(db), "metadata.json");
      await writeFileAtomic(metadata, JSON.stringify(datasetteMetadata(db, s.schemaColumns()), null, 2) + "\n");
      written.push(metadata);
    }
    if (args.out) for (const format of ["jsonl", "csv"] as const) written.push(...(await writeExport(args.out, format, docs, dataset)));
    process.stdout.write(roundTable(dataset.rounds) + "\n");
    if (!opts.quiet) {
      const counts = `${result.stored} stored, ${result.skipped} unchanged, ${result.failures.length} failed`;
      process.stderr.write(`zhpress: ${counts}; ${docs.length} articles, ${dataset.rounds.length} rounds → ${written.join(", ")}\n`);
      process.stderr.write(browseHint(s));
    }
    return result.failures.length ? EXIT.partial : EXIT.ok;
  } finally {
    forget();
    await (store as DatasetStore | null)?.close();
  }
}

function browseHint(store: DatasetStore): string {
  const db = store.location;
  const query =
    store instanceof SqliteStore
      ? [`  sqlite3 ${db} 'SELECT * FROM round_table'`, `  datasette ${db} -m ${join(dirname(db), "metadata.json")}`]
      : [`  psql ${db} -c 'SELECT * FROM round_table'`];
  return [
    "Browse it:",
    `  zhpress serve --db ${db}              # the review page and the JSON API`,
    ...query,
    `  zhpress export --db ${db} --format parquet --out DIR   # or csv, jsonl`,
    "",
  ].join("\n");
}
