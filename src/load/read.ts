// Reads one input's bytes: a file, stdin or a URL. Refuses what cannot be an article, naming the input.
import { open } from "node:fs/promises";
import type { Options } from "../options.js";
import { InputError } from "./errors.js";
import { fetchUrl } from "./fetch.js";
import type { InputRef, LoadedBytes } from "./types.js";

export function labelOf(ref: InputRef): string {
  return ref.kind === "file" ? ref.path : ref.kind === "url" ? ref.url : "<stdin>";
}

export async function readInput(ref: InputRef, opts: Options): Promise<LoadedBytes> {
  const label = labelOf(ref);
  let loaded: LoadedBytes;
  if (ref.kind === "url") loaded = await fetchUrl(ref.url, opts.fetch);
  else if (ref.kind === "stdin") loaded = { source: {}, label, bytes: await readStdin(opts.maxFileBytes), contentType: null };
  else loaded = { source: { path: ref.path }, label, bytes: await readFileCapped(ref.path, opts.maxFileBytes), contentType: null };
  assertUsable(label, loaded.bytes);
  return loaded;
}

async function readFileCapped(path: string, max: number): Promise<Uint8Array> {
  const fh = await open(path, "r").catch((e: NodeJS.ErrnoException) => {
    throw new InputError(path, "not-found", e.code === "ENOENT" ? "no such file" : `cannot open (${e.code})`);
  });
  try {
    const { size } = await fh.stat();
    if (size > max) throw new InputError(path, "too-large", `${mb(size)} is over the ${mb(max)} limit for one article (--max-file-mb)`);
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const { bytesRead } = await fh.read(buf, off, size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return buf.subarray(0, off);
  } finally {
    await fh.close();
  }
}

async function readStdin(max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > max) throw new InputError("<stdin>", "too-large", `more than the ${mb(max)} limit for one article`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Empty and binary inputs are refused here, before any decoding. */
export function assertUsable(label: string, bytes: Uint8Array): void {
  if (bytes.length === 0 || isBlank(bytes)) throw new InputError(label, "empty", "the input is empty");
  const head = bytes.subarray(0, 8192);
  let nul = 0;
  for (const b of head) if (b === 0) nul++;
  // UTF-16 text has NULs too, but then it starts with a BOM
  const utf16Bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (nul > 0 && !utf16Bom) throw new InputError(label, "binary", "looks like a binary file, not an article (it contains NUL bytes)");
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 4096)) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return bytes.length <= 4096;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
