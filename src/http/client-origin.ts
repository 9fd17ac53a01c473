// Where a request comes from: the client's address and whether it travelled over https — read from
// the connection, or, behind a reverse proxy that PKP_TRUST_PROXY names as trusted, from the headers
// that proxy adds. Without that setting the headers are ignored: anyone can send them, and a forged
// X-Forwarded-For would let one address pose as many (or as a victim's) to the sign-in limit.
import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

export interface ClientOrigin {
  /** The address the per-address sign-in limit counts. */
  address: string;
  /** Whether the browser reached us over https (the session cookie is then `Secure`). */
  https: boolean;
}

/** The peer of the connection, as @hono/node-server passes it in `c.env.incoming`. */
function socketOf(c: Context): IncomingMessage['socket'] | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
}

/** The last entry of a comma-separated header, trimmed; undefined when there is none. */
function lastListed(header: string | undefined): string | undefined {
  const last = header?.split(',').at(-1)?.trim();
  return last ? last : undefined;
}

export function clientOrigin(c: Context, trustProxy: boolean): ClientOrigin {
  const socket = socketOf(c);
  const socketAddress = socket?.remoteAddress ?? 'unknown';
  const socketHttps =
    new URL(c.req.url).protocol === 'https:' ||
    (socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  if (!trustProxy) return { address: socketAddress, https: socketHttps };
  // The right-most X-Forwarded-For entry is the one our proxy appended: the address it saw. Every
  // entry to its left came from the client (or proxies we know nothing of) and can be forged. Behind
  // a chain of proxies this is the outer proxy's address, so its clients share one limit: too strict
  // rather than open to forgery.
  const forwarded = lastListed(c.req.header('x-forwarded-for'));
  const address = forwarded && isIP(forwarded) ? forwarded : socketAddress;
  // The same reasoning for the scheme: the nearest proxy sets (or appends) the last value.
  const proto = lastListed(c.req.header('x-forwarded-proto'))?.toLowerCase();
  return { address, https: proto === undefined ? socketHttps : proto === 'https' };
}
