// What `zhpress serve` takes: where to listen and the limits it puts on each client.
import { z } from "zod";

export const ServeOptions = z.object({
  host: z.string().default("127.0.0.1"),
  port: z.number().int().min(0).max(65535).default(8080),
  /** let POST /api/extract {"url"} reach private, loopback and link-local addresses (cloud metadata stays refused) */
  allowPrivate: z.boolean().default(false),
  /** origins exempt from the private-address refusal (tests: a local server standing in for a public one) */
  allowOrigins: z.array(z.string()).default([]),
  /** a larger request body is refused with 413 */
  maxBodyBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** per client address: requests to /api/ in each window, and extractions (the costly ones) among them */
  rateLimit: z
    .object({
      windowMs: z.number().int().positive().default(60_000),
      requests: z.number().int().positive().default(300),
      extractions: z.number().int().positive().default(30),
    })
    .default({ windowMs: 60_000, requests: 300, extractions: 30 }),
});
export type ServeOptions = z.infer<typeof ServeOptions>;
export type ServeOptionsInput = z.input<typeof ServeOptions>;
