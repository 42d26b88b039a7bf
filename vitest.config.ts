import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest (a ReDoS checker over every pattern built at run time; CLI runs killed and resumed;
 * job queues on PostgreSQL), longest first: started first, they run beside all the short files instead of after
 * them. vitest orders by the durations it remembers in node_modules/.vite, and by file size in a clean clone (CI),
 * which started the ReDoS check two minutes in and the queue kill test seven.
 */
const LONG_FIRST = [
  "test/reliability/redos.test.ts",
  "test/queue/kill.test.ts",
  "test/cli/run-store.test.ts",
  "test/queue/workers.test.ts",
  "test/queue/politeness.test.ts",
  "test/cli/manners.test.ts",
  "test/reliability/fuzz.test.ts",
  "test/cli/workers.test.ts",
];

class LongFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONG_FIRST.indexOf(relative(this.ctx.config.root, f.moduleId));
      return i === -1 ? LONG_FIRST.length : i;
    };
    // a stable sort: the other files keep vitest's order
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    setupFiles: ["test/helpers/event-loop-turn.ts"],
    // one file per core: most files wait on a child process, a database or a browser for part of their time,
    // and vitest's default (cores - 1) runs one file at a time on a 2-core machine
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    sequence: { sequencer: LongFirst },
  },
});
