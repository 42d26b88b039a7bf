// `zhpress export --db FILE --format jsonl|csv|parquet [--out DIR]`: the stored dataset as files.
import { dirname } from "node:path";
import { writeExport, type ExportFormat } from "../../export/index.js";
import { isPostgresUrl, openStore } from "../../store/index.js";
import { EXIT, UsageError } from "../handle-error.js";

export interface ExportArgs {
  db: string;
  format: ExportFormat;
  /** default: the database's folder */
  out: string | null;
  quiet: boolean;
}

export async function exportCommand(args: ExportArgs): Promise<number> {
  // a database server has no folder to put the files beside
  if (!args.out && isPostgresUrl(args.db)) throw new UsageError("export from PostgreSQL needs --out DIR for the files");
  const store = await openStore(args.db, { mustExist: true });
  try {
    const dataset = await store.getDataset();
    // no merged dataset means nothing to export: existing files are not replaced by empty ones
    if (!dataset) throw new UsageError(`${store.location} holds no merged dataset yet (zhpress run <inputs> --db ${store.location})`);
    const docs = (await store.listDocuments()).map((d) => d.document);
    const files = await writeExport(args.out ?? dirname(args.db), args.format, docs, dataset);
    if (!args.quiet) process.stderr.write(`zhpress: ${dataset.rounds.length} rounds → ${files.join(", ")}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
