import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    // one file per core: most files wait on a child process, a database or a browser for part of their time,
    // and vitest's default (cores - 1) runs one file at a time on a 2-core machine
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
  },
});
