import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startKafkaOrSkip, type KafkaHandle } from './support/kafka.ts';
import { startServiceProcess, type ServiceProcess } from './support/service-process.ts';

// GET /readyz: 200 only once migrations ran and the Kafka consumer has joined its group; /healthz
// (alive) answers from the moment the port opens. The service runs as `npm start` runs it, against the
// real broker (SIGNALHOUSE_TEST_KAFKA_BROKERS, or one started by scripts/kafka/).

type Ready = { ready: boolean; migrations: boolean; kafka: string; stopping: boolean };

async function readyz(url: string): Promise<{ status: number; body: Ready }> {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as Ready };
}

describe('/readyz without Kafka', () => {
  let service: ServiceProcess;
  beforeAll(async () => {
    service = await startServiceProcess({ KAFKA_BROKERS: '' });
  });
  afterAll(async () => service?.stop());

  it('is ready as soon as the service listens (migrations run before it listens)', async () => {
    expect(await readyz(service.url)).toEqual({ status: 200, body: { ready: true, migrations: true, kafka: 'not configured', stopping: false } });
  });
});

describe('/readyz with Kafka', () => {
  let broker: KafkaHandle | undefined;
  let service: ServiceProcess | undefined;
  beforeAll(async () => {
    broker = await startKafkaOrSkip();
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await broker?.stop();
  });

  it('answers 503 until the consumer has joined its group, then 200; /healthz answers all along', async (ctx) => {
    if (!broker) return ctx.skip();
    const id = randomUUID().slice(0, 8);
    service = await startServiceProcess({
      KAFKA_BROKERS: broker.brokers.join(','),
      KAFKA_GROUP_ID: `readyz-${id}`,
      KAFKA_TOPIC_SPANS: `readyz-spans-${id}`,
      KAFKA_TOPIC_JUNIT: `readyz-junit-${id}`,
      KAFKA_TOPIC_INCIDENTS: `readyz-incidents-${id}`,
    });
    const answers: { status: number; body: Ready; joinedLogged: boolean }[] = [];
    const deadline = Date.now() + 60_000;
    for (;;) {
      const joinedBefore = service.logs().includes('kafka: joined the consumer group');
      const health = await fetch(`${service.url}/healthz`);
      expect(health.status).toBe(200);
      const r = await readyz(service.url);
      answers.push({ ...r, joinedLogged: joinedBefore });
      if (r.status === 200) break;
      expect(Date.now(), `never ready: ${JSON.stringify(answers.at(-1))}\n${service.logs()}`).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Every 503 was for Kafka, with migrations done; a 503 came before the join was logged.
    const waiting = answers.filter((a) => a.status === 503);
    for (const a of waiting) expect(a.body).toMatchObject({ ready: false, migrations: true, stopping: false, kafka: expect.stringMatching(/^(starting|not in its group)$/) });
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting[0]!.joinedLogged).toBe(false);
    expect(answers.at(-1)!.body).toEqual({ ready: true, migrations: true, kafka: 'joined', stopping: false });
    // 200 means joined: the service logged the join (its log may reach us a moment after the answer).
    const logDeadline = Date.now() + 5_000;
    while (!service.logs().includes('kafka: joined the consumer group') && Date.now() < logDeadline) await new Promise((r) => setTimeout(r, 50));
    expect(service.logs()).toContain('kafka: joined the consumer group');
  });
});
