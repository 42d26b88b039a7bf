import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    setupFiles: ["test/helpers/event-loop-turn.ts"],
    testTimeout: 20_000,
  },
});
