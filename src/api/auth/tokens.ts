import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Scope } from '../../store/tokens.ts';

// What a token is and what it allows, without I/O: made from 32 random bytes, kept only as its SHA-256,
// compared in constant time, limited to scopes and to repo patterns.

/** Recognisable in logs and secret scanners, like GitHub's `ghp_`; the rest is 256 random bits. */
export const TOKEN_PREFIX = 'shk_';

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time equality of two hex SHA-256 digests (same length by construction). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Who is calling: what a presented token allows. */
export interface Principal {
  tokenId: string;
  scopes: readonly Scope[];
  repos: readonly string[];
}

/** admin allows everything; read and ingest only themselves. */
export function hasScope(p: Principal, needed: Scope): boolean {
  return p.scopes.includes('admin') || p.scopes.includes(needed);
}

/** True when the principal may touch every repo (and data that belongs to no repo, such as production traces). */
export function allRepos(p: Principal): boolean {
  return p.repos.includes('*');
}

/** `acme/*` matches acme/shop and acme/shop/api; `*` matches anything; otherwise the exact name. */
export function repoMatches(pattern: string, repo: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('/*')) return repo.startsWith(pattern.slice(0, -1)) && repo.length > pattern.length - 1;
  return pattern === repo;
}

export function mayTouchRepo(p: Principal, repo: string): boolean {
  return p.repos.some((pattern) => repoMatches(pattern, repo));
}

/** A repo pattern as accepted by the API: a repo name, `owner/*`, or `*`. */
export const REPO_PATTERN = /^(\*|[^\s*]+(\/\*)?)$/;
