import { describe, expect, it } from 'vitest';
import { literalAddressOf, refusalOf } from './webhook-address.ts';

describe('webhook addresses', () => {
  it.each([
    ['8.8.8.8', null],
    ['2001:4860:4860::8888', null],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.20.30.40', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['::ffff:10.0.0.1', 'private'],
    ['224.0.0.1', 'multicast'],
  ])('%s is refused as %s by default', (address, range) => {
    expect(refusalOf(address, [])?.range ?? null).toBe(range);
  });

  it('lets an operator allow a network, and only that network', () => {
    expect(refusalOf('10.20.30.40', ['10.20.0.0/16'])).toBeNull();
    expect(refusalOf('10.21.0.1', ['10.20.0.0/16'])?.range).toBe('private');
    expect(refusalOf('fd00::5', ['fd00::/8'])).toBeNull();
    expect(refusalOf('127.0.0.1', ['fd00::/8'])?.range).toBe('loopback');
  });

  it('reads an address out of a URL host, brackets and all', () => {
    expect(literalAddressOf('[::1]')).toBe('::1');
    expect(literalAddressOf('192.0.2.7')).toBe('192.0.2.7');
    expect(literalAddressOf('hooks.example.com')).toBeNull();
  });
});
