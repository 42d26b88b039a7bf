// SSRF guard for URLs that someone else names (the serve API): every address a connection goes to is
// checked at connect time, after DNS resolution, so a DNS answer cannot change between check and connect,
// and every redirect hop passes through the same check because it opens its own connection.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { buildConnector } from "undici";

/** Where fetched URLs may connect: "allow" everything (the CLI: the user names the URLs) or "refuse" non-public addresses. */
export interface AddressPolicy {
  privateAddresses: "allow" | "refuse";
  /** origins (http://127.0.0.1:8080) exempt from the refusal, e.g. a local test server; nothing else on that host is */
  allowOrigins: string[];
}

// Cloud instance metadata endpoints: refused even when private addresses are allowed.
const METADATA_HOSTS = new Set(["metadata.google.internal", "metadata.goog", "metadata"]);
const METADATA_ADDRESSES = new Set(
  ["169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254"].map((a) => canonical(a).toNormalizedString()),
);

/** One spelling per address; ::ffff:127.0.0.1 is 127.0.0.1 on the wire. */
function canonical(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const ip = ipaddr.parse(address);
  return ip instanceof ipaddr.IPv6 && ip.isIPv4MappedAddress() ? ip.toIPv4Address() : ip;
}

const RANGE_NAMES: Record<string, string> = {
  private: "a private address",
  loopback: "a loopback address",
  linkLocal: "a link-local address",
  uniqueLocal: "a unique-local address",
  carrierGradeNat: "a carrier-grade NAT address",
  unspecified: "the unspecified address",
};

/** Why connecting to this address is refused, or null when it may be used. */
export function addressRefusal(address: string, policy: Pick<AddressPolicy, "privateAddresses">): string | null {
  if (!ipaddr.isValid(address)) return `not an IP address (${address})`;
  const ip = canonical(address);
  if (METADATA_ADDRESSES.has(ip.toNormalizedString())) return "a cloud metadata address";
  if (policy.privateAddresses === "allow") return null;
  const range = ip.range();
  // only global unicast is allowed: NAT64, 6to4 and Teredo embed IPv4 addresses that could be private
  return range === "unicast" ? null : (RANGE_NAMES[range] ?? `a non-public address (${range})`);
}

/** The error a refused connection fails with; fetch turns it into an InputError naming the URL. */
export class BlockedAddressError extends Error {
  readonly code = "ERR_BLOCKED_ADDRESS";
  constructor(host: string, address: string | null, reason: string) {
    super(`refused to connect to ${host}${address && address !== host ? ` (${address})` : ""}: ${reason}`);
    this.name = "BlockedAddressError";
  }
}

function hostRefusal(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return METADATA_HOSTS.has(host) ? "a cloud metadata host" : null;
}

type BaseLookup = (hostname: string, options: LookupOptions & { all: true }, cb: (err: Error | null, a: LookupAddress[]) => void) => void;

/** A net.connect lookup that resolves every address of the host and refuses the host if any one is refused. */
export function guardedLookup(policy: AddressPolicy, base: BaseLookup = dnsLookup as BaseLookup): LookupFunction {
  return (hostname, options, callback) => {
    const byName = hostRefusal(hostname);
    if (byName) return callback(new BlockedAddressError(hostname, null, byName), "", 4);
    base(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 4);
      for (const { address } of addresses) {
        const reason = addressRefusal(address, policy);
        if (reason) return callback(new BlockedAddressError(hostname, address, reason), "", 4);
      }
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 4);
      if ((options as LookupOptions).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** An undici connector that applies the policy to IP literals (which skip DNS) and to every resolved name. */
export function guardedConnector(policy: AddressPolicy, timeout: number): buildConnector.connector {
  const open = buildConnector({ timeout });
  const guarded = buildConnector({ timeout, lookup: guardedLookup(policy) } as buildConnector.BuildOptions);
  return (opts, callback) => {
    // opts.host is the URL's host: brackets around IPv6, no default port
    if (policy.allowOrigins.includes(`${opts.protocol}//${opts.host}`)) return open(opts, callback);
    const byName = hostRefusal(opts.hostname);
    const reason = byName ?? (isIP(opts.hostname) ? addressRefusal(opts.hostname, policy) : null);
    if (reason) return callback(new BlockedAddressError(opts.hostname, null, reason), null);
    return guarded(opts, callback);
  };
}
