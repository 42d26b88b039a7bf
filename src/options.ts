// One options object for the library and the CLI (trafilatura-style): defaults grouped by purpose.
import { z } from "zod";

export const FetchOptions = z.object({
  connectTimeoutMs: z.number().int().positive().default(10_000),
  totalTimeoutMs: z.number().int().positive().default(30_000),
  maxRedirects: z.number().int().min(0).default(5),
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  retries: z.number().int().min(0).default(3),
  /** backoff before retry n (0-based) is retryBaseDelayMs × 2^n */
  retryBaseDelayMs: z.number().int().min(0).default(500),
  /** a Retry-After longer than this is not waited for: the URL fails with the server's wait in the message */
  retryAfterCapMs: z.number().int().min(0).default(60_000),
  perHostConcurrency: z.number().int().positive().default(2),
  perHostDelayMs: z.number().int().min(0).default(250),
  userAgent: z.string().default("zhpress/0.1 (+https://www.npmjs.com/package/zhpress; research crawler)"),
  /** "refuse": connect only to public addresses, checked after DNS and on every redirect (the serve API's URLs) */
  privateAddresses: z.enum(["allow", "refuse"]).default("allow"),
  /** origins (http://127.0.0.1:8080) exempt from "refuse" */
  allowOrigins: z.array(z.string()).default([]),
});
export type FetchOptions = z.infer<typeof FetchOptions>;

export const Options = z.object({
  fetch: FetchOptions.default(FetchOptions.parse({})),
  /** files larger than this are refused with a clear message (a 50 MB page is not an article) */
  maxFileBytes: z
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** concurrent inputs in flight within one process */
  concurrency: z.number().int().positive().default(8),
  workers: z
    .union([z.number().int().min(0), z.literal("auto")])
    .default("auto")
    .describe('threads; 0 or 1 = in-process; "auto" = one per core for a large local batch, else in-process'),
  quiet: z.boolean().default(false),
  /** a document still being extracted after this long is abandoned with an error naming it: with workers the
   *  worker is terminated (a hard limit); in-process the budget is checked between stages (see README) */
  docTimeoutMs: z.number().int().positive().default(20_000),
});
export type Options = z.infer<typeof Options>;
export type OptionsInput = z.input<typeof Options>;

export function resolveOptions(input: OptionsInput = {}): Options {
  return Options.parse(input);
}
