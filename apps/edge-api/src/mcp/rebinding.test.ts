import { describe, expect, it } from 'vitest';
import { allowedHosts, checkRebinding, DEFAULT_ALLOWED_HOSTS, hostMatches } from './rebinding.js';

describe('hostMatches', () => {
  it('matches a name exactly, any case', () => {
    expect(hostMatches('LocalHost', 'localhost')).toBe(true);
    expect(hostMatches('localhost.evil.example', 'localhost')).toBe(false);
  });

  it('matches `*.suffix` for names under it, not the suffix itself nor a name that merely ends the same', () => {
    expect(hostMatches('tally.acme.workers.dev', '*.workers.dev')).toBe(true);
    expect(hostMatches('workers.dev', '*.workers.dev')).toBe(false);
    expect(hostMatches('evilworkers.dev', '*.workers.dev')).toBe(false);
  });
});

describe('allowedHosts', () => {
  it('adds the hosts of MCP_ALLOWED_HOSTS, comma- or space-separated, to the loopback and workers.dev names', () => {
    expect(allowedHosts({ MCP_ALLOWED_HOSTS: 'Tally.Example.org, *.example.net  api.example.com' })).toEqual([
      ...DEFAULT_ALLOWED_HOSTS,
      'tally.example.org',
      '*.example.net',
      'api.example.com',
    ]);
    expect(allowedHosts({})).toEqual(DEFAULT_ALLOWED_HOSTS);
    expect(allowedHosts(undefined)).toEqual(DEFAULT_ALLOWED_HOSTS);
    expect(allowedHosts({ MCP_ALLOWED_HOSTS: 42 })).toEqual(DEFAULT_ALLOWED_HOSTS);
  });
});

describe('checkRebinding', () => {
  const hosts = allowedHosts({});
  const request = (url: string, origin?: string) =>
    new Request(url, { method: 'POST', headers: origin ? { origin } : {} });

  it('accepts a loopback host on any port, with or without an origin', () => {
    expect(checkRebinding(request('http://127.0.0.1:8787/mcp'), hosts)).toEqual({ ok: true, origin: null });
    expect(checkRebinding(request('http://[::1]:8787/mcp', 'http://localhost:6274'), hosts)).toEqual({
      ok: true,
      origin: 'http://localhost:6274',
    });
  });

  it('refuses a rebound name, whose host and origin are the attacker’s', () => {
    const check = checkRebinding(
      request('http://rebind.attacker.example:8787/mcp', 'http://rebind.attacker.example:8787'),
      hosts,
    );
    expect(check).toMatchObject({ ok: false, message: expect.stringContaining('"rebind.attacker.example"') });
  });

  it('cuts a long host name in its message', () => {
    const long = `${'a'.repeat(200)}.example`;
    const check = checkRebinding(request(`http://${long}/mcp`), hosts);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message.length).toBeLessThan(300);
  });
});
