// Latency of small requests while a bench loads the service: each probe once per period (10 a second
// by default), one at a time, so the figures say what a client sees while the uploads run (the event
// loop stalled by a large parse shows as a long tail). A fixed rate, not back to back: probes sent
// as fast as they answer were themselves a load (~2 CPU s per 100k cases stored in bench junit).

export interface Probe {
  name: string;
  send(): Promise<Response>;
}

export interface ProbeStats {
  count: number;
  failures: number;
  p50: number;
  p99: number;
  max: number;
}

export function startProbes(probes: Probe[], periodMs = 100): { stop(): Promise<Record<string, ProbeStats>> } {
  const times = new Map<string, number[]>(probes.map((p) => [p.name, []]));
  const failures = new Map<string, number>(probes.map((p) => [p.name, 0]));
  let running = true;
  const loop = (async () => {
    while (running) {
      const round = performance.now();
      for (const p of probes) {
        const t0 = performance.now();
        const res = await p.send();
        await res.arrayBuffer();
        times.get(p.name)!.push(performance.now() - t0);
        if (!res.ok) failures.set(p.name, failures.get(p.name)! + 1);
      }
      await new Promise((r) => setTimeout(r, Math.max(0, round + periodMs - performance.now())));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const out: Record<string, ProbeStats> = {};
      for (const [name, ms] of times) {
        ms.sort((a, b) => a - b);
        const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? NaN;
        out[name] = { count: ms.length, failures: failures.get(name)!, p50: at(0.5), p99: at(0.99), max: ms[ms.length - 1] ?? NaN };
      }
      return out;
    },
  };
}
