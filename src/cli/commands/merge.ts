import { mergeDocuments } from "../../merge/index.js";
import { reportFailures } from "../batch.js";
import { EXIT, UsageError } from "../handle-error.js";
import { readExtractions } from "../jsonl.js";
import { writeFileAtomic } from "../../export/atomic.js";

export interface MergeArgs {
  inputs: string[];
  out: string | null;
}

export async function mergeCommand(args: MergeArgs): Promise<number> {
  if (args.inputs.length === 0) throw new UsageError("no inputs: name one or more extraction JSONL files");
  const { docs, failures } = await readExtractions(args.inputs);
  const dataset = mergeDocuments(docs);
  const json = JSON.stringify(dataset, null, 2) + "\n";
  if (args.out) await writeFileAtomic(args.out, json);
  else process.stdout.write(json);
  reportFailures(failures);
  return failures.length ? EXIT.partial : EXIT.ok;
}
