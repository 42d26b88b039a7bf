// The SSRF guard: refused addresses by range, after DNS, and on every redirect hop, over real sockets.
import type { LookupAddress } from "node:dns";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addressRefusal, guardedLookup, type AddressPolicy } from "../../src/input/address-guard.js";
import { InputError } from "../../src/input/errors.js";
import { fetchUrl } from "../../src/input/fetch.js";
import { FetchOptions } from "../../src/options.js";
import { startServer, type TestServer } from "./server.js";

const PAGE = "<html><body><p>全省开发区第二次项目集中签约活动在晋中举行。</p></body></html>";
const refuse = { privateAddresses: "refuse" } as const;
const allow = { privateAddresses: "allow" } as const;

describe("addressRefusal", () => {
  test.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.254", "carrier-grade NAT"],
    ["169.254.1.1", "link-local"],
    ["169.254.169.254", "cloud metadata"],
    ["0.0.0.0", "unspecified"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456::1", "unique-local"],
    ["fd00:ec2::254", "cloud metadata"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:a00:1", "private"],
    ["::ffff:169.254.169.254", "cloud metadata"],
    ["64:ff9b::a00:1", "non-public"],
    ["224.0.0.1", "non-public"],
  ])("refuses %s (%s)", (address, kind) => {
    expect(addressRefusal(address, refuse)).toContain(kind);
  });

  test.each([
    "8.8.8.8",
    "1.1.1.1",
    "11.0.0.1",
    "100.63.255.255",
    "100.128.0.1",
    "172.15.255.255",
    "172.32.0.1",
    "2001:4860:4860::8888",
    "::ffff:8.8.8.8",
  ])("lets %s through", (address) => expect(addressRefusal(address, refuse)).toBeNull());

  test("allowing private addresses still refuses cloud metadata", () => {
    expect(addressRefusal("10.0.0.1", allow)).toBeNull();
    expect(addressRefusal("::1", allow)).toBeNull();
    expect(addressRefusal("169.254.169.254", allow)).toContain("cloud metadata");
    expect(addressRefusal("fd00:ec2::254", allow)).toContain("cloud metadata");
  });
});

describe("guardedLookup", () => {
  const policy: AddressPolicy = { privateAddresses: "refuse", allowOrigins: [] };
  // the DNS answer is the seam: a name that resolves to these addresses
  const answering = (addresses: LookupAddress[]) => {
    let asked = 0;
    const lookup = guardedLookup(policy, (_h, _o, cb) => (asked++, cb(null, addresses)));
    const resolve = (all: boolean) =>
      new Promise<unknown>((ok, fail) => lookup("news.example", { all }, (err, address) => (err ? fail(err) : ok(address))));
    return { resolve, asked: () => asked };
  };

  test("a public answer is passed on, in the shape net asked for", async () => {
    const dns = answering([{ address: "93.184.215.14", family: 4 }]);
    expect(await dns.resolve(false)).toBe("93.184.215.14");
    expect(await dns.resolve(true)).toEqual([{ address: "93.184.215.14", family: 4 }]);
  });

  test("one private address among public ones refuses the name (no address is picked from a mixed answer)", async () => {
    const dns = answering([
      { address: "93.184.215.14", family: 4 },
      { address: "10.0.0.7", family: 4 },
    ]);
    await expect(dns.resolve(true)).rejects.toThrow("refused to connect to news.example (10.0.0.7): a private address");
  });

  test("a metadata host name is refused before DNS is asked", async () => {
    let asked = 0;
    const lookup = guardedLookup(policy, (_h, _o, cb) => (asked++, cb(null, [{ address: "8.8.8.8", family: 4 }])));
    const err = await new Promise<Error | null>((ok) => lookup("metadata.google.internal", {}, (e) => ok(e)));
    expect(err?.message).toContain("a cloud metadata host");
    expect(asked).toBe(0);
  });
});

describe("fetchUrl with private addresses refused", () => {
  let allowed: TestServer;
  let internal: TestServer;
  let guarded: FetchOptions;
  const port = (s: TestServer) => new URL(s.url("/")).port;

  beforeAll(async () => {
    internal = await startServer({ "/secret": (_q, res) => res.writeHead(200, { "content-type": "text/html" }).end(PAGE) });
    const to = (location: () => string) => (_q: unknown, res: import("node:http").ServerResponse) =>
      res.writeHead(302, { location: location() }).end();
    allowed = await startServer({
      "/ok": (_q, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE),
      "/same-origin": to(() => "/ok"),
      "/to-internal": to(() => internal.url("/secret")),
      "/to-localhost": to(() => `http://localhost:${port(internal)}/secret`),
      "/to-metadata": to(() => "http://169.254.169.254/latest/meta-data/"),
      "/to-mapped": to(() => `http://[::ffff:127.0.0.1]:${port(internal)}/secret`),
      "/to-ten": to(() => "http://10.0.0.1/"),
    });
    // the test server is on 127.0.0.1: exempt that one origin, nothing else on the host
    guarded = FetchOptions.parse({
      privateAddresses: "refuse",
      allowOrigins: [new URL(allowed.url("/")).origin],
      retries: 0,
      perHostDelayMs: 0,
      connectTimeoutMs: 2000,
      totalTimeoutMs: 5000,
    });
  });
  afterAll(async () => {
    await allowed.close();
    await internal.close();
  });

  const refusal = async (url: string) => {
    const err = await fetchUrl(url, guarded).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe("blocked-address");
    return (err as InputError).message;
  };

  test("the exempt origin is fetched, and redirects within it are followed", async () => {
    expect(Buffer.from((await fetchUrl(allowed.url("/ok"), guarded)).bytes).toString()).toBe(PAGE);
    expect(Buffer.from((await fetchUrl(allowed.url("/same-origin"), guarded)).bytes).toString()).toBe(PAGE);
  });

  test.each([
    ["a name resolving to loopback", () => `http://localhost:${port(internal)}/secret`, "(127.0.0.1)|(::1)"],
    ["loopback by address on another port", () => internal.url("/secret"), "a loopback address"],
    ["a literal 10.x address", () => "http://10.0.0.1/", "a private address"],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/", "a cloud metadata address"],
    ["the cloud metadata host name", () => "http://metadata.google.internal/computeMetadata/v1/", "a cloud metadata host"],
    ["IPv6 loopback", () => `http://[::1]:${port(internal)}/secret`, "a loopback address"],
    ["an IPv4-mapped IPv6 loopback", () => `http://[::ffff:127.0.0.1]:${port(internal)}/secret`, "a loopback address"],
    ["the unspecified address", () => `http://0.0.0.0:${port(internal)}/secret`, "the unspecified address"],
    ["a decimal-encoded loopback", () => `http://2130706433:${port(internal)}/secret`, "a loopback address"],
  ])("refuses %s, and never connects", async (_what, url, reason) => {
    const before = internal.hits("/secret");
    expect(await refusal(url())).toMatch(new RegExp(reason));
    expect(internal.hits("/secret")).toBe(before);
  });

  test.each([
    ["/to-internal", "a loopback address"],
    ["/to-localhost", "a loopback address"],
    ["/to-metadata", "a cloud metadata address"],
    ["/to-mapped", "a loopback address"],
    ["/to-ten", "a private address"],
  ])("a redirect from the allowed server (%s) to a private address is refused at that hop", async (path, reason) => {
    const before = internal.hits("/secret");
    const message = await refusal(allowed.url(path));
    expect(message).toContain(allowed.url(path));
    expect(message).toContain(reason);
    expect(internal.hits("/secret")).toBe(before);
  });

  test("with private addresses allowed the same redirect is followed, and cloud metadata is still refused", async () => {
    const open = FetchOptions.parse({ ...guarded, privateAddresses: "allow" });
    expect(Buffer.from((await fetchUrl(allowed.url("/to-localhost"), open)).bytes).toString()).toBe(PAGE);
    // refused before any socket is opened (no request ever reaches a metadata service)
    const err = await fetchUrl("http://169.254.169.254/", open).catch((e: InputError) => e);
    expect((err as InputError).code).toBe("blocked-address");
  });
});
