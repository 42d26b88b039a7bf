// Reads one input's bytes: a file, stdin or a URL. Refuses what cannot be an article, naming the input.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Options } from "../options.js";
import { InputError } from "./errors.js";
import type { InputRef, LoadedBytes } from "./types.js";

/** fetchUrl, with undici loaded on the first URL: a batch of local files never pays for it */
export async function fetchUrl(
  ...args: Parameters<typeof import("./fetch.js").fetchUrl>
): ReturnType<typeof import("./fetch.js").fetchUrl> {
  return (await import("./fetch.js")).fetchUrl(...args);
}

export function labelOf(ref: InputRef): string {
  return ref.kind === "file" ? ref.path : ref.kind === "url" ? ref.url : "<stdin>";
}

export async function readInput(ref: InputRef, opts: Options): Promise<LoadedBytes> {
  const label = labelOf(ref);
  let loaded: LoadedBytes;
  if (ref.kind === "url") loaded = await fetchUrl(ref.url, opts.fetch);
  else if (ref.kind === "stdin") loaded = { source: {}, label, bytes: await readStdin(opts.maxFileBytes), contentType: null };
  else loaded = { source: { path: ref.path }, label, bytes: readFileCapped(ref.path, opts.maxFileBytes), contentType: null };
  assertUsable(label, loaded.bytes);
  return loaded;
}

const OPEN_ERRORS: Record<string, string> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "is a folder, not a file",
};

// Synchronous on purpose: a local article is read in well under a millisecond, while the async
// FileHandle path (open, stat, read, close: four thread-pool round trips) cost ~0.2 ms per file.
function readFileCapped(path: string, max: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InputError(path, e.code === "ENOENT" ? "not-found" : "unreadable", OPEN_ERRORS[e.code ?? ""] ?? `cannot open (${e.code})`);
  }
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    if (stat.isDirectory()) throw new InputError(path, "unreadable", OPEN_ERRORS.EISDIR);
    // the size is checked before reading: a 2 GB file costs a stat, not 2 GB of memory
    if (size > max) throw new InputError(path, "too-large", `${mb(size)} is over the ${mb(max)} limit for one article (--max-file-mb)`);
    const buf = Buffer.allocUnsafe(size);
    let off = 0;
    while (off < size) {
      const bytesRead = readSync(fd, buf, off, size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

async function readStdin(max: number): Promise<Uint8Array> {
  if (process.stdin.isTTY)
    throw new InputError("<stdin>", "empty", "stdin is a terminal; pipe an article in (e.g. curl -s URL | zhpress extract -)");
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > max) throw new InputError("<stdin>", "too-large", `more than the ${mb(max)} limit for one article (--max-file-mb)`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, total);
}

/** how much of the head is checked for NUL bytes */
const BINARY_SCAN_BYTES = 8192;
// file signatures that are common by mistake among article files, so the message can say what it is
const SIGNATURES: [string, number[]][] = [
  ["a PDF", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a ZIP archive (or .docx)", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip-compressed (decompress it first)", [0x1f, 0x8b]],
  ["an old Word document", [0xd0, 0xcf, 0x11, 0xe0]],
];

/** Empty, blank and binary inputs are refused here, before any decoding. */
export function assertUsable(label: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError(label, "empty", "the input is empty");
  if (isBlank(bytes)) throw new InputError(label, "empty", "the input is empty (only whitespace)");
  const kind = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
  if (kind) throw new InputError(label, "binary", `looks like a binary file (${kind}), not an article`);
  // UTF-16 text has NULs too, but then it starts with a BOM
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16Bom && bytes.subarray(0, BINARY_SCAN_BYTES).includes(0))
    throw new InputError(label, "binary", "looks like a binary file, not an article (it contains NUL bytes)");
}

/** ASCII whitespace, a UTF-8 BOM, and the ideographic space (U+3000 in UTF-8, A1A1 in GBK) count as blank. */
function isBlank(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) i += 1;
    else if (b === 0xe3 && bytes[i + 1] === 0x80 && bytes[i + 2] === 0x80) i += 3;
    else if (b === 0xa1 && bytes[i + 1] === 0xa1) i += 2;
    else if (b === 0xc2 && bytes[i + 1] === 0xa0) i += 2;
    else return false;
  }
  return true;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
