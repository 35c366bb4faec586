import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv6 } from 'node:net';
import { AppConfig } from '@passerelle/config';

/**
 * Who may read /metrics: a bearer METRICS_TOKEN, or an address in METRICS_ALLOW (addresses or
 * CIDR ranges). With neither configured the route is closed (404), never open by default.
 */
export function metricsAccess(
  config: AppConfig['metrics'],
  authorization: string | undefined,
  address: string | undefined,
): 'ok' | 'unauthorized' | 'closed' {
  if (!config.token && config.allow.length === 0) return 'closed';
  if (config.token && authorization) {
    const given = Buffer.from(authorization.replace(/^Bearer\s+/i, ''));
    const expected = Buffer.from(config.token);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return 'ok';
  }
  if (
    address &&
    allowList(config.allow).check(normalise(address), isIPv6(normalise(address)) ? 'ipv6' : 'ipv4')
  )
    return 'ok';
  return 'unauthorized';
}

const lists = new Map<string, BlockList>();
function allowList(entries: string[]): BlockList {
  const key = entries.join(',');
  let list = lists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [address, prefix] = entry.split('/');
      const type = isIPv6(address) ? 'ipv6' : 'ipv4';
      if (prefix) list.addSubnet(address, Number(prefix), type);
      else list.addAddress(address, type);
    }
    lists.set(key, list);
  }
  return list;
}

/** `::ffff:127.0.0.1` (IPv4 on a dual-stack socket) is 127.0.0.1. */
function normalise(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
