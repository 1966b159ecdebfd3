// Which addresses a fetch may connect to: public unicast only, unless the user allows private ones.
// Loopback, private, link-local (the cloud metadata service included), unique-local, unspecified,
// multicast and the IPv6 forms that embed an IPv4 address are refused, so that a feed's link cannot make
// the ingester read a service on the machine or its network (SSRF). The check runs in the connection's
// own DNS lookup, so the address checked is the address connected to (no DNS-rebinding gap).

import dns from "node:dns";
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from "node:dns";
import ipaddr from "ipaddr.js";
import { UserError } from "../errors.js";

/** The range a non-public address belongs to ("loopback", "private", "linkLocal" …), or null for a public one. */
export function blockedRange(address: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // process() turns an IPv4-mapped IPv6 address (::ffff:127.0.0.1) into the IPv4 address it carries
    ip = ipaddr.process(address);
  } catch {
    return "invalid";
  }
  const range = ip.range();
  if (range !== "unicast") return range;
  // ipaddr.js calls the deprecated IPv4-compatible form (::127.0.0.1, ::/96) unicast: it is not public
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).parts.slice(0, 6).every((p) => p === 0)) return "ipv4Compatible";
  return null;
}

/** A fetch refused because the host is (or resolves to) a non-public address. */
export class PrivateAddressError extends UserError {
  constructor(
    readonly address: string,
    readonly range: string,
    subject?: string,
  ) {
    super(`refused to fetch from ${address} (a ${range} address, not public); allow it with --allow-private-addresses`, subject);
    this.name = "PrivateAddressError";
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A drop-in for dns.lookup (the `lookup` option of a connection) that keeps only public addresses. */
export function publicLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const allowed = addresses.filter((a) => blockedRange(a.address) === null);
    if (!allowed.length) {
      const first = addresses[0];
      return callback(first ? new PrivateAddressError(first.address, blockedRange(first.address)!) : Object.assign(new Error(`${hostname}: no address`), { code: "ENOTFOUND" }), []);
    }
    if (options.all) callback(null, allowed);
    else callback(null, allowed[0].address, allowed[0].family);
  });
}
