import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RiskEngine } from '../models/risk/engine.ts';
import { repoFolder, writeDueReports } from '../src/report/schedule.ts';
import type { Store } from '../src/store/clickhouse.ts';
import { Leases } from '../src/store/leases.ts';
import { testApp } from './support/app.ts';
import { testStore, uniqueRepo } from './support/store.ts';
import { loadWeeklyHistory } from './support/weekly-history.ts';

// Two service instances on one store, played in one process by two objects with leases of their own
// (each its own holder): background work for one repo never runs in both at once.

let store: Store;
let app: FastifyInstance;
beforeAll(async () => {
  store = await testStore();
  app = await testApp();
}, 60_000);
afterAll(async () => app?.close());

/** Runs `fn` recording how many calls overlap; returns the most at once. */
function overlapMeter() {
  let active = 0;
  let most = 0;
  return {
    get most() {
      return most;
    },
    async during<T>(fn: () => Promise<T>): Promise<T> {
      most = Math.max(most, ++active);
      try {
        return await fn();
      } finally {
        active--;
      }
    },
  };
}

describe('leases on the store', () => {
  it('two racing holders never both hold a name, and one of them gets it', async () => {
    const a = new Leases(store.client);
    const b = new Leases(store.client);
    const name = `test:${uniqueRepo('race')}`;
    const meter = overlapMeter();
    let ran = 0;
    for (let round = 0; round < 8; round++) {
      const results = await Promise.all([a, b].map((l) => l.run(name, () => meter.during(() => sleep(40)), { waitMs: 5_000, pollMs: 50 })));
      ran += results.filter((r) => r.ran).length;
    }
    expect(meter.most).toBe(1);
    expect(ran).toBe(16); // waiting, each gets its turn
  });

  it('a busy name is refused at once by tryRun, free again once released', async () => {
    const a = new Leases(store.client);
    const b = new Leases(store.client);
    const name = `test:${uniqueRepo('busy')}`;
    let release!: () => void;
    const held = a.tryRun(name, () => new Promise<void>((r) => (release = r)));
    await expect.poll(() => b.otherHolder(name)).toBe(a.holder);
    expect(await b.tryRun(name, async () => 'b')).toEqual({ ran: false });
    release();
    expect(await held).toEqual({ ran: true, value: undefined });
    expect(await b.tryRun(name, async () => 'b')).toEqual({ ran: true, value: 'b' });
  });

  it("a crashed holder's claim lapses after its time, by the server's clock", async () => {
    const name = `test:${uniqueRepo('crash')}`;
    await store.client.command({
      query: `INSERT INTO leases (name, holder, version, held, expires_at)
              SELECT {name:String}, 'crashed-instance', 1, 1, now64(3, 'UTC') + toIntervalMillisecond(3000)`,
      query_params: { name },
    });
    const b = new Leases(store.client);
    expect(await b.tryRun(name, async () => 1)).toEqual({ ran: false });
    expect(await b.run(name, async () => 2, { waitMs: 10_000, pollMs: 200 })).toEqual({ ran: true, value: 2 });
  });

  it('a holder renews its claim while the work runs longer than the lease time', async () => {
    const a = new Leases(store.client, { ttlMs: 1200 });
    const b = new Leases(store.client, { ttlMs: 1200 });
    const name = `test:${uniqueRepo('renew')}`;
    const seen: string[] = [];
    const work = a.tryRun(name, async () => {
      // Twice the lease time in all: without renewal b would get it half-way.
      for (let i = 0; i < 4; i++) {
        await sleep(600);
        seen.push(JSON.stringify(await b.tryRun(name, async () => 'b')));
      }
    });
    await work;
    expect(seen).toEqual(Array(4).fill('{"ran":false}'));
  });
});

describe('two service instances on one store', () => {
  it('never train the same repo at once; the second waits and then trains', async () => {
    const repo = uniqueRepo('lease-train');
    const meter = overlapMeter();
    const engine = () => new RiskEngine({ store, classify: () => meter.during(() => sleep(300)), quarantined: async () => new Set() });
    const [one, two] = [engine(), engine()];
    const summaries = await Promise.all([one.train(repo), two.train(repo)]);
    expect(summaries.map((s) => s.repo)).toEqual([repo, repo]);
    expect(meter.most).toBe(1);
    await Promise.all([one.close(), two.close()]);
  });

  it('train() gives up with 409 TRAINING_BUSY when the other instance trains longer than it waits', async () => {
    const repo = uniqueRepo('lease-busy');
    let release!: () => void;
    const slow = new RiskEngine({ store, classify: () => new Promise<void>((r) => (release = r)), quarantined: async () => new Set() });
    const impatient = new RiskEngine({ store, trainWaitMs: 500, quarantined: async () => new Set() });
    const first = slow.train(repo);
    await expect.poll(() => release !== undefined).toBe(true);
    await expect(impatient.train(repo)).rejects.toMatchObject({ code: 'TRAINING_BUSY', statusCode: 409 });
    release();
    await first;
    await Promise.all([slow.close(), impatient.close()]);
  });

  it('write each weekly report once when both check at the same moments', async () => {
    const repo = uniqueRepo('lease-weekly');
    await loadWeeklyHistory(app, store, repo);
    const dir = mkdtempSync(join(tmpdir(), 'signalhouse-lease-weekly-'));
    const opts = { client: store.client, dir, releaseAfterPasses: 50, now: () => new Date('2026-11-30T06:00:00Z') };
    const [a, b] = [new Leases(store.client), new Leases(store.client)];
    const folder = repoFolder(dir, repo);
    // Racing claimants may both back off; the next check (every 10 minutes in the service) writes it.
    const written: string[] = [];
    for (let check = 0; check < 5; check++) {
      const [one, two] = await Promise.all([writeDueReports({ ...opts, leases: a }), writeDueReports({ ...opts, leases: b })]);
      written.push(...one, ...two);
    }
    expect(written.filter((f) => f === folder)).toEqual([folder]);
  }, 120_000);
});
