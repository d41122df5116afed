/**
 * Issue 9, defect 4: behind a trusted proxy the client address is the entry that proxy
 * appended to X-Forwarded-For (the rightmost, or the n-th from the right with n proxies),
 * never the leftmost one, which the client writes itself.
 */
import { describe, expect, it } from 'vitest';
import { clientAddress, normaliseAddress, parseTrustedProxyHops } from '../../src/http/client-address';

describe('TRUST_PROXY', () => {
  it('reads false, true and a number of proxies, and refuses anything else', () => {
    for (const off of [undefined, '', 'false', 'FALSE', 'no', 'off', '0']) expect(parseTrustedProxyHops(off)).toBe(0);
    for (const one of ['true', 'True', 'yes', 'on', '1']) expect(parseTrustedProxyHops(one)).toBe(1);
    expect(parseTrustedProxyHops('2')).toBe(2);
    expect(parseTrustedProxyHops(' 3 ')).toBe(3);
    for (const bad of ['-1', '1.5', 'two', '100', 'loopback']) expect(() => parseTrustedProxyHops(bad)).toThrow(/TRUST_PROXY/);
  });
});

describe('clientAddress', () => {
  const socketAddress = '10.0.0.5';

  it('uses the socket address when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress({ forwardedFor: '203.0.113.7', socketAddress, trustedHops: 0 })).toBe(socketAddress);
  });

  it('with one proxy, takes the entry it appended (rightmost), not the one the client wrote', () => {
    expect(clientAddress({ forwardedFor: '6.6.6.6, 203.0.113.7', socketAddress, trustedHops: 1 })).toBe('203.0.113.7');
    expect(clientAddress({ forwardedFor: '6.6.6.6,203.0.113.7', socketAddress, trustedHops: 1 })).toBe('203.0.113.7');
    expect(clientAddress({ forwardedFor: '203.0.113.7', socketAddress, trustedHops: 1 })).toBe('203.0.113.7');
  });

  it('with a chain of proxies, counts that many entries from the right', () => {
    // Client wrote 6.6.6.6; the outer proxy appended the client's real address, the inner one the outer's.
    const header = '6.6.6.6, 203.0.113.7, 198.51.100.2';
    expect(clientAddress({ forwardedFor: header, socketAddress, trustedHops: 2 })).toBe('203.0.113.7');
    expect(clientAddress({ forwardedFor: header, socketAddress, trustedHops: 1 })).toBe('198.51.100.2');
    // Fewer entries than proxies: every entry there was appended by a trusted proxy; the leftmost is the client.
    expect(clientAddress({ forwardedFor: '203.0.113.7', socketAddress, trustedHops: 3 })).toBe('203.0.113.7');
  });

  it('falls back to the socket address when the header is missing, empty or not an address', () => {
    expect(clientAddress({ forwardedFor: undefined, socketAddress, trustedHops: 1 })).toBe(socketAddress);
    expect(clientAddress({ forwardedFor: ' , ', socketAddress, trustedHops: 1 })).toBe(socketAddress);
    expect(clientAddress({ forwardedFor: '203.0.113.7, unknown', socketAddress, trustedHops: 1 })).toBe(socketAddress);
    expect(clientAddress({ forwardedFor: '<script>alert(1)</script>', socketAddress, trustedHops: 1 })).toBe(socketAddress);
    expect(clientAddress({ forwardedFor: undefined, socketAddress: undefined, trustedHops: 1 })).toBeNull();
  });

  it('reads addresses as proxies write them: IPv6, bracketed, with ports', () => {
    expect(clientAddress({ forwardedFor: '6.6.6.6, 2001:DB8::1', socketAddress, trustedHops: 1 })).toBe('2001:db8::1');
    expect(normaliseAddress('[2001:db8::1]:4711')).toBe('2001:db8::1');
    expect(normaliseAddress('203.0.113.7:4711')).toBe('203.0.113.7');
    expect(normaliseAddress('::ffff:203.0.113.7')).toBe('::ffff:203.0.113.7');
    expect(normaliseAddress('999.1.1.1')).toBeNull();
    expect(normaliseAddress('example.org')).toBeNull();
    expect(normaliseAddress(':')).toBeNull();
  });
});
