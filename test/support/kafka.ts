/**
 * A real Apache Kafka 4.x broker (KRaft, single node) for vitest integration tests.
 *
 * `startKafka()` runs scripts/kafka/fetch.sh (Maven fetches the broker jars into
 * .cache/kafka/libs once) and scripts/kafka/start.sh (formats storage if needed, starts
 * the JVM in the background, waits until the broker is ready), or reuses an already
 * running broker named by SIGNALHOUSE_TEST_KAFKA_BROKERS (comma-separated host:port).
 * Needs Java 17+ and mvn; no Docker.
 *
 * Two flavours:
 *   - default: the shared broker of start.sh (127.0.0.1:19092, data in
 *     .cache/kafka/run). If it is already running it is reused and stop() leaves it up.
 *   - `{ isolated: true }`: a private broker on free ports with a fresh data dir under
 *     .cache/kafka/isolated/, deleted by stop(). Use it for tests that kill/restart the
 *     broker so no other test file is disturbed. It ignores SIGNALHOUSE_TEST_KAFKA_BROKERS
 *     (an external broker cannot be killed).
 *
 * CI policy: `kafkaRequired()` is true when CI=true. There a broker that cannot be
 * started must fail the test; elsewhere tests may skip with a loud warning, see
 * `startKafkaOrSkip()`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// kafkajs 2.x warns on every producer that its default partitioner changed in v2.0.0.
// The tests do not depend on the old partitioner, so silence that noise.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPTS_DIR = path.join(REPO_ROOT, 'scripts', 'kafka');
const CACHE_DIR = process.env.SIGNALHOUSE_KAFKA_CACHE ?? path.join(REPO_ROOT, '.cache', 'kafka');

export const DEFAULT_BROKER_PORT = 19092;
export const DEFAULT_CONTROLLER_PORT = 19093;
const DEFAULT_HOST = '127.0.0.1';

export interface StartKafkaOptions {
  /** Private broker on free ports with a fresh data dir (deleted by stop()). */
  isolated?: boolean;
  /** Client port; default 19092 (a free port when isolated). */
  brokerPort?: number;
  /** KRaft controller port; default 19093 (a free port when isolated). */
  controllerPort?: number;
  /** State dir (config, logs, data, pid file); default .cache/kafka/run. */
  dataDir?: string;
  /** Extra server.properties entries, passed to start.sh as --prop key=value. */
  brokerProps?: Record<string, string | number | boolean>;
  /**
   * SCRAM users created when the storage is formatted, as Kafka's `kafka-storage format --add-scram`
   * takes them: `SCRAM-SHA-256=[name=alice,password=secret]`.
   */
  scramUsers?: string[];
  /** Seconds start.sh waits for readiness; default 90. */
  startTimeoutSec?: number;
  /** Reuse SIGNALHOUSE_TEST_KAFKA_BROKERS when set (default true; ignored when isolated). */
  useEnvBrokers?: boolean;
  /** Stream fetch.sh/start.sh output to stderr (default: SIGNALHOUSE_KAFKA_VERBOSE=1). */
  verbose?: boolean;
}

export interface KafkaHandle {
  /** Bootstrap servers, e.g. ['127.0.0.1:19092']. */
  brokers: string[];
  /** True when the broker came from SIGNALHOUSE_TEST_KAFKA_BROKERS: stop() is a no-op, kill()/restart() throw. */
  external: boolean;
  /** The broker's state dir (undefined when external). */
  dataDir?: string;
  /** Graceful stop (SIGTERM, waits for exit). Isolated brokers also get their data dir deleted. */
  stop(): Promise<void>;
  /** Start again on the same data dir and ports (stopping it first if it runs); resolves when ready. */
  restart(): Promise<void>;
  /** SIGKILL the broker JVM to simulate a crash; resolves once the process is gone. */
  kill(): Promise<void>;
}

/** In CI a missing broker must fail the test; elsewhere tests may skip (loudly). */
export function kafkaRequired(): boolean {
  return process.env.CI === 'true';
}

/**
 * startKafka(), but outside CI a broker that cannot be started turns into a loud
 * console.warn and `undefined` (the caller skips). In CI the error is rethrown.
 */
export async function startKafkaOrSkip(opts: StartKafkaOptions = {}): Promise<KafkaHandle | undefined> {
  try {
    return await startKafka(opts);
  } catch (err) {
    if (kafkaRequired()) throw err;
    const msg = err instanceof Error ? err.message : String(err);
    console.warn(
      [
        '',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '!! SKIPPING Kafka integration tests: could not start a Kafka broker.',
        '!! Needs Java 17+ and Maven (scripts/kafka/fetch.sh + start.sh), or set',
        '!! SIGNALHOUSE_TEST_KAFKA_BROKERS=host:port to use a running broker.',
        '!! In CI (CI=true) this is a failure, not a skip.',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        msg,
        '',
      ].join('\n'),
    );
    return undefined;
  }
}

export async function startKafka(opts: StartKafkaOptions = {}): Promise<KafkaHandle> {
  const envBrokers = process.env.SIGNALHOUSE_TEST_KAFKA_BROKERS?.trim();
  if (envBrokers && !opts.isolated && opts.useEnvBrokers !== false) {
    return externalHandle(envBrokers);
  }

  const host = DEFAULT_HOST;
  let brokerPort = opts.brokerPort ?? (opts.isolated ? 0 : DEFAULT_BROKER_PORT);
  let controllerPort = opts.controllerPort ?? (opts.isolated ? 0 : DEFAULT_CONTROLLER_PORT);
  if (brokerPort === 0) brokerPort = await freePort(host);
  if (controllerPort === 0) {
    do controllerPort = await freePort(host);
    while (controllerPort === brokerPort);
  }
  const dataDir = path.resolve(
    opts.dataDir ??
      (opts.isolated
        ? path.join(CACHE_DIR, 'isolated', `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`)
        : path.join(CACHE_DIR, 'run')),
  );
  await mkdir(dataDir, { recursive: true });

  const verbose = opts.verbose ?? process.env.SIGNALHOUSE_KAFKA_VERBOSE === '1';
  const startArgs = ['--port', String(brokerPort), '--controller-port', String(controllerPort), '--data-dir', dataDir];
  for (const [k, v] of Object.entries(opts.brokerProps ?? {})) startArgs.push('--prop', `${k}=${String(v)}`);
  for (const user of opts.scramUsers ?? []) startArgs.push('--add-scram', user);
  const scriptEnv: NodeJS.ProcessEnv = {
    ...process.env,
    KAFKA_HOST: host,
    ...(opts.startTimeoutSec ? { KAFKA_START_TIMEOUT: String(opts.startTimeoutSec) } : {}),
  };
  const pidFile = path.join(dataDir, 'kafka.pid');

  const startBroker = async () => {
    const t0 = Date.now();
    const out = await runScript('start.sh', startArgs, scriptEnv, verbose);
    const reused = out.includes('already running');
    console.info(
      `[kafka] broker ${reused ? 'reused' : 'started'} at ${host}:${brokerPort} (data ${path.relative(REPO_ROOT, dataDir)}, ${((Date.now() - t0) / 1000).toFixed(1)}s)`,
    );
    return reused;
  };
  const stopBroker = () => runScript('stop.sh', ['--data-dir', dataDir], scriptEnv, verbose);

  // start.sh runs fetch.sh first (a no-op once .cache/kafka/libs is complete).
  // When start.sh found the shared broker already running, someone else owns it: leave it up on stop().
  let owned: boolean;
  try {
    owned = !(await startBroker());
  } catch (err) {
    // The error carries the log tails; a failed isolated dir is of no further use.
    if (opts.isolated) await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  let stopped = false;
  const cleanupOnExit = () => {
    if (owned && !stopped) killSync(pidFile, dataDir, 'SIGTERM');
  };
  process.once('exit', cleanupOnExit);

  return {
    brokers: [`${host}:${brokerPort}`],
    external: false,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', cleanupOnExit);
      if (!owned) return;
      await stopBroker();
      if (opts.isolated) await rm(dataDir, { recursive: true, force: true });
    },
    async restart() {
      if (stopped) throw new Error('Kafka handle was stopped; call startKafka() again');
      await stopBroker();
      await startBroker();
      owned = true;
    },
    async kill() {
      if (stopped) throw new Error('Kafka handle was stopped; call startKafka() again');
      const pid = await brokerPid(pidFile, dataDir);
      if (pid === undefined) throw new Error(`no running Kafka broker for ${dataDir}`);
      process.kill(pid, 'SIGKILL');
      const deadline = Date.now() + 15_000;
      while (isAlive(pid)) {
        if (Date.now() > deadline) throw new Error(`Kafka broker pid ${pid} still alive 15s after SIGKILL`);
        await delay(50);
      }
      console.info(`[kafka] broker pid ${pid} killed (SIGKILL)`);
    },
  };
}

async function externalHandle(envBrokers: string): Promise<KafkaHandle> {
  const brokers = envBrokers
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  // Fail early and clearly when the given broker is not reachable at all.
  const deadline = Date.now() + 15_000;
  const first = brokers[0] ?? '';
  const sep = first.lastIndexOf(':');
  const h = first.slice(0, sep).replace(/^\[|\]$/g, '');
  const p = Number(first.slice(sep + 1));
  if (sep < 0 || !Number.isInteger(p)) throw new Error(`SIGNALHOUSE_TEST_KAFKA_BROKERS: bad host:port '${first}'`);
  while (!(await canConnect(h, p))) {
    if (Date.now() > deadline) {
      throw new Error(`SIGNALHOUSE_TEST_KAFKA_BROKERS=${envBrokers}: cannot connect to ${first}`);
    }
    await delay(250);
  }
  console.info(`[kafka] using external broker(s) from SIGNALHOUSE_TEST_KAFKA_BROKERS: ${brokers.join(',')}`);
  const unsupported = (what: string) => async () => {
    throw new Error(`${what}() is not possible on an external broker (SIGNALHOUSE_TEST_KAFKA_BROKERS); use startKafka({ isolated: true })`);
  };
  return {
    brokers,
    external: true,
    async stop() {},
    restart: unsupported('restart'),
    kill: unsupported('kill'),
  };
}

/** Runs scripts/kafka/<name>; resolves with its output, rejects with it (incl. log tails) on failure. */
function runScript(name: string, args: string[], env: NodeJS.ProcessEnv, verbose: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path.join(SCRIPTS_DIR, name), ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (chunk: Buffer) => {
      const s = chunk.toString();
      out += s;
      if (verbose) process.stderr.write(s);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => reject(new Error(`cannot run scripts/kafka/${name}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(out);
      else reject(new Error(`scripts/kafka/${name} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${out}`));
    });
  });
}

function pidIfOurs(pidText: string, dataDir: string): number | undefined {
  const pid = Number(pidText.trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    return cmd.includes('kafka.Kafka') && cmd.includes(path.join(dataDir, 'server.properties')) ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function brokerPid(pidFile: string, dataDir: string): Promise<number | undefined> {
  try {
    return pidIfOurs(await readFile(pidFile, 'utf8'), dataDir);
  } catch {
    return undefined;
  }
}

function killSync(pidFile: string, dataDir: string, signal: NodeJS.Signals): void {
  try {
    if (!existsSync(pidFile)) return;
    const pid = pidIfOurs(readFileSync(pidFile, 'utf8'), dataDir);
    if (pid !== undefined) process.kill(pid, signal);
  } catch {
    // best effort at process exit
  }
}

/** Alive = exists and is not a zombie. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const state = /^State:\s*(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

export function freePort(host = DEFAULT_HOST): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(2_000, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Produces `lines` (one record each) with Kafka's own Java console producer from the fetched jars,
 * compressed with `codec`: the reference client's record batches, not kafkajs's. Records linger so
 * that several share one compressed batch. Resolves when the producer has flushed and exited.
 */
export async function javaConsoleProduce(
  brokers: string[],
  topic: string,
  lines: string[],
  codec: 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd',
): Promise<void> {
  await runKafkaJava(
    [
      'org.apache.kafka.tools.ConsoleProducer',
      '--bootstrap-server', brokers.join(','),
      '--topic', topic,
      '--compression-codec', codec,
      '--producer-property', 'linger.ms=200',
      '--producer-property', 'batch.size=1048576',
      '--producer-property', 'acks=all',
    ],
    lines.map((l) => `${l}\n`).join(''),
  );
}

/** The compression codec of each record batch of a topic partition, as the broker stored it. */
export async function storedBatchCodecs(dataDir: string, topic: string, partition = 0): Promise<string[]> {
  const dir = path.join(dataDir, 'data', `${topic}-${partition}`);
  const segments = (await readdir(dir)).filter((f) => f.endsWith('.log')).map((f) => path.join(dir, f));
  const output = await runKafkaJava(['kafka.tools.DumpLogSegments', '--files', segments.join(',')]);
  return [...output.matchAll(/compresscodec: (\w+)/g)].map((m) => m[1]!.toLowerCase());
}

/** Runs a main class from the broker's jars (with `stdin` as its input); resolves with its output. */
function runKafkaJava(args: string[], stdin = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-cp', path.join(CACHE_DIR, 'libs', '*'), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', (err) => reject(new Error(`cannot run java ${args[0]}: ${err.message}`)));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`java ${args[0]} exited with ${code}:\n${out.slice(-2000)}`))));
    child.stdin.end(stdin);
  });
}
