// `zhpress export --db FILE --format jsonl|csv|parquet [--out DIR]`: the stored dataset as files.
import { dirname } from "node:path";
import { writeExport, type ExportFormat } from "../../export/index.js";
import { openStore } from "../../store/index.js";
import { EXIT, UsageError } from "../handle-error.js";

export interface ExportArgs {
  db: string;
  format: ExportFormat;
  /** default: the database's folder */
  out: string | null;
  quiet: boolean;
}

export async function exportCommand(args: ExportArgs): Promise<number> {
  const store = await openStore(args.db, { mustExist: true });
  try {
    const dataset = await store.getDataset();
    // no merged dataset means nothing to export: existing files are not replaced by empty ones
    if (!dataset) throw new UsageError(`${args.db} holds no merged dataset yet (zhpress run <inputs> --db ${args.db})`);
    const docs = (await store.listDocuments()).map((d) => d.document);
    const files = await writeExport(args.out ?? dirname(args.db), args.format, docs, dataset);
    if (!args.quiet) process.stderr.write(`zhpress: ${dataset.rounds.length} rounds → ${files.join(", ")}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
