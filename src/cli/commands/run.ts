import { mergeDocuments } from "../../merge/index.js";
import type { Options } from "../../options.js";
import type { ExtractionDocument } from "../../schema/index.js";
import { extractBatch, progressReporter, reportFailures } from "../batch.js";
import { writeDataset } from "../dataset.js";
import { EXIT, UsageError } from "../handle-error.js";
import { roundTable } from "../table.js";

export interface RunArgs {
  inputs: string[];
  out: string | null;
}

export async function runCommand(args: RunArgs, opts: Options): Promise<number> {
  if (!args.out) throw new UsageError("run needs --out DIR for the dataset files");
  const docs: ExtractionDocument[] = [];
  const result = await extractBatch(args.inputs, opts, async (doc) => void docs.push(doc), progressReporter(opts.quiet));
  const dataset = mergeDocuments(docs);
  const files = await writeDataset(args.out, docs, dataset);
  process.stdout.write(roundTable(dataset.rounds) + "\n");
  if (!opts.quiet) process.stderr.write(`zhpress: ${docs.length} articles, ${dataset.rounds.length} rounds → ${files.join(", ")}\n`);
  reportFailures(result.failures);
  return result.failures.length ? EXIT.partial : EXIT.ok;
}
