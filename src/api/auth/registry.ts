import type { ClickHouseClient } from '@clickhouse/client';
import { listTokens, SCOPES } from '../../store/tokens.ts';
import { hashToken, sameHash, type Principal } from './tokens.ts';

// The live tokens, kept in memory so a request costs no query. Reloaded after every change made
// through this service and every REFRESH_MS, so a token created or revoked through another instance
// sharing the store takes effect here within that time.

const REFRESH_MS = 10_000;

interface LiveToken extends Principal {
  hash: string;
}

export class TokenRegistry {
  private live: LiveToken[] = [];
  private readonly adminHash: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly client: ClickHouseClient,
    opts: { adminToken?: string; disabled?: boolean },
  ) {
    this.adminHash = opts.adminToken ? hashToken(opts.adminToken) : undefined;
    this.disabled = opts.disabled ?? false;
  }

  /** SIGNALHOUSE_AUTH=off: every request is let in, whatever tokens exist. */
  readonly disabled: boolean;

  async refresh(): Promise<void> {
    const tokens = await listTokens(this.client);
    this.live = tokens
      .filter((t) => t.revokedAt === null)
      .map((t) => ({ tokenId: t.id, scopes: t.scopes, repos: t.repos, hash: t.tokenHash }));
  }

  /** Starts the periodic reload; stop() ends it. */
  start(): void {
    this.timer ??= setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Auth is on once a bootstrap admin token is configured or any token was ever created and lives. */
  required(): boolean {
    return !this.disabled && (this.adminHash !== undefined || this.live.length > 0);
  }

  /**
   * The principal of a presented token, or undefined. Every candidate is compared, in constant time,
   * so the time taken says nothing about which token (or which prefix of one) came close.
   */
  find(token: string): Principal | undefined {
    const hash = hashToken(token);
    let found: Principal | undefined;
    if (this.adminHash !== undefined && sameHash(hash, this.adminHash)) {
      found = { tokenId: 'bootstrap-admin', scopes: SCOPES, repos: ['*'] };
    }
    for (const t of this.live) {
      if (sameHash(hash, t.hash) && !found) found = { tokenId: t.tokenId, scopes: t.scopes, repos: t.repos };
    }
    return found;
  }
}
