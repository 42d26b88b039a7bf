import type { Options } from "../../options.js";
import { extractBatch, progressReporter, reportFailures } from "../batch.js";
import { EXIT } from "../handle-error.js";
import { openSink } from "../output.js";

export interface ExtractArgs {
  inputs: string[];
  out: string | null;
}

export async function extractCommand(args: ExtractArgs, opts: Options): Promise<number> {
  const sink = await openSink(args.out);
  try {
    const result = await extractBatch(args.inputs, opts, (e) => sink.write(e.json), progressReporter(opts.quiet));
    await sink.close();
    reportFailures(result.failures);
    if (result.failures.length && !opts.quiet)
      process.stderr.write(`zhpress: ${result.documents} extracted, ${result.failures.length} failed\n`);
    return result.failures.length ? EXIT.partial : EXIT.ok;
  } catch (e) {
    await sink.abort();
    throw e;
  }
}
