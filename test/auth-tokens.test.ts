import { describe, expect, it } from 'vitest';
import { isLoopback } from '../src/api/auth/listen-guard.ts';
import { hashToken, hasScope, newToken, REPO_PATTERN, repoMatches, sameHash } from '../src/api/auth/tokens.ts';

describe('token rules', () => {
  it('repo patterns: exact, owner/*, or *', () => {
    expect(repoMatches('acme/*', 'acme/shop')).toBe(true);
    expect(repoMatches('acme/*', 'acme/shop/api')).toBe(true);
    expect(repoMatches('acme/*', 'acme')).toBe(false);
    expect(repoMatches('acme/*', 'acme/')).toBe(false);
    expect(repoMatches('acme/*', 'acmecorp/shop')).toBe(false);
    expect(repoMatches('acme/shop', 'acme/shop2')).toBe(false);
    expect(repoMatches('*', 'anything/at-all')).toBe(true);
    expect(['acme/*', 'acme/shop', '*'].every((p) => REPO_PATTERN.test(p))).toBe(true);
    expect(['ac*me', 'acme/*/x', 'a b', ''].some((p) => REPO_PATTERN.test(p))).toBe(false);
  });

  it('admin implies every scope; read and ingest only themselves', () => {
    const p = (scopes: ('read' | 'ingest' | 'admin')[]) => ({ tokenId: 't', scopes, repos: ['*'] });
    expect(hasScope(p(['admin']), 'ingest')).toBe(true);
    expect(hasScope(p(['read']), 'ingest')).toBe(false);
    expect(hasScope(p(['ingest']), 'admin')).toBe(false);
  });

  it('tokens are random and compared by hash', () => {
    const a = newToken();
    expect(a).not.toBe(newToken());
    expect(sameHash(hashToken(a), hashToken(a))).toBe(true);
    expect(sameHash(hashToken(a), hashToken(`${a}x`))).toBe(false);
  });

  it('loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', '192.168.1.2', 'example.com'].some(isLoopback)).toBe(false);
  });
});
