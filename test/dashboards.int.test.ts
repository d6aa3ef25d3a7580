import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './support/app.ts';
import { loadDashboardData } from './support/dashboard-data.ts';
import { testStore, uniqueRepo } from './support/store.ts';

// Every panel query and template variable of every provisioned dashboard runs on the real engine
// against the real schema and returns rows on generated data (test/support/dashboard-data.ts), with
// Grafana's template variables and the ClickHouse plugin's macros expanded the way they are expanded
// for a real dashboard: $__conditionalAll first (by the plugin, in the browser: 1=1 when the variable
// selects All), then the variables (by Grafana), then the time macros (by the plugin's backend).

const DIR = fileURLToPath(new URL('../dashboards/', import.meta.url));
const DATASOURCE_UID = 'signalhouse-clickhouse';
const VARIABLES = ['repo', 'branch', 'service'] as const;
type VarName = (typeof VARIABLES)[number];
type Selection = Record<VarName, string[] | 'all'>;

interface Target { refId: string; rawSql: string; editorType: string; queryType: string; format: number; datasource: { type: string; uid: string } }
interface Panel { id: number; title: string; type: string; gridPos: { x: number; y: number; w: number; h: number }; datasource: { type: string; uid: string }; targets: Target[] }
interface Dashboard { uid: string; title: string; panels: Panel[]; templating: { list: { name: string; query: string; includeAll: boolean }[] } }

/** `$__conditionalAll(condition, $var)`: the condition, or 1=1 when the variable selects All. Arguments may nest parentheses. */
export function expandConditionalAll(sql: string, selected: Selection): string {
  const MACRO = '$__conditionalAll(';
  let out = '';
  let rest = sql;
  for (let i = rest.indexOf(MACRO); i >= 0; i = rest.indexOf(MACRO)) {
    let depth = 1;
    let j = i + MACRO.length;
    let comma = -1;
    for (; j < rest.length && depth > 0; j++) {
      const c = rest[j];
      if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === ',' && depth === 1) comma = j;
    }
    const condition = rest.slice(i + MACRO.length, comma).trim();
    const variable = rest.slice(comma + 1, j - 1).trim().replace(/^\$\{?|\}$/g, '') as VarName;
    expect(VARIABLES, `unknown variable in ${rest.slice(i, j)}`).toContain(variable);
    out += rest.slice(0, i) + (selected[variable] === 'all' ? '1=1' : condition);
    rest = rest.slice(j);
  }
  return out + rest;
}

function expand(sql: string, selected: Selection, values: Record<VarName, string[]>, range: { from: Date; to: Date }, database: string): string {
  const quoted = (v: VarName) => (selected[v] === 'all' ? values[v] : (selected[v] as string[])).map((x) => `'${x.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(',');
  const [from, to] = [Math.floor(range.from.getTime() / 1000), Math.ceil(range.to.getTime() / 1000)];
  let s = expandConditionalAll(sql, selected);
  for (const v of VARIABLES) s = s.replace(new RegExp(`\\$\\{${v}(:singlequote)?\\}|\\$${v}\\b`, 'g'), quoted(v));
  return s
    .replace(/\$__timeFilter\(([^)]+)\)/g, `$1 >= toDateTime(${from}) AND $1 <= toDateTime(${to})`)
    .replace(/\$__timeInterval\(([^)]+)\)/g, 'toStartOfInterval(toDateTime($1), INTERVAL 3600 second)')
    .replace(/\$__fromTime/g, `toDateTime(${from})`)
    .replace(/\$__toTime/g, `toDateTime(${to})`)
    .replace(/\bsignalhouse\./g, `${database}.`);
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const dashboards = files.map((f) => ({ file: f, dash: JSON.parse(readFileSync(`${DIR}${f}`, 'utf8')) as Dashboard }));

let app: FastifyInstance;
const repo = uniqueRepo('dash');
let range: { from: Date; to: Date };
const values: Record<VarName, string[]> = { repo: [], branch: [], service: [] };

beforeAll(async () => {
  app = await testApp();
  range = await loadDashboardData(app, await testStore(), repo);
  // Widen to whole hours around the data, as a dashboard's time picker would.
  range = { from: new Date(range.from.getTime() - 3_600_000), to: new Date(range.to.getTime() + 3_600_000) };
}, 600_000);
afterAll(async () => app.close());

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const store = await testStore();
  const rs = await store.client.query({ query: sql, format: 'JSONEachRow', clickhouse_settings: { log_comment: 'test.dashboards' } });
  return rs.json();
}

describe('Grafana dashboards', () => {
  it('cover every model: CI health, change risk and selection, hot paths, incidents, validation effectiveness', () => {
    expect(files.sort()).toEqual(['change-risk.json', 'ci-reliability.json', 'hot-path-coverage.json', 'incidents.json', 'validation-effectiveness.json']);
    const uids = dashboards.map((d) => d.dash.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('are provisioned from this folder, on the data source the panels name', () => {
    const provider = readFileSync(`${DIR}provisioning/dashboards/signalhouse.yaml`, 'utf8');
    expect(provider).toMatch(/type: file/);
    expect(provider).toMatch(/path: \/var\/lib\/grafana\/dashboards/);
    const datasource = readFileSync(`${DIR}provisioning/datasources/clickhouse.yaml`, 'utf8');
    expect(datasource).toContain(`uid: ${DATASOURCE_UID}`);
    expect(datasource).toContain('type: grafana-clickhouse-datasource');
    const compose = readFileSync(fileURLToPath(new URL('../docker-compose.yml', import.meta.url)), 'utf8');
    expect(compose).toContain('./dashboards:/var/lib/grafana/dashboards');
  });

  for (const { file, dash } of dashboards) {
    describe(file, () => {
      it('is valid dashboard JSON: SQL panels on the ClickHouse data source, laid out, variables declared', () => {
        expect(dash.uid).toMatch(/^signalhouse-/);
        expect(dash.title).toMatch(/^Signalhouse: /);
        const declared = dash.templating.list.map((v) => v.name);
        for (const v of declared) expect(VARIABLES).toContain(v);
        const ids = dash.panels.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of dash.panels) {
          expect(p.datasource).toEqual({ type: 'grafana-clickhouse-datasource', uid: DATASOURCE_UID });
          expect(p.gridPos.w).toBeGreaterThan(0);
          expect(p.gridPos.x + p.gridPos.w).toBeLessThanOrEqual(24);
          expect(p.targets.length).toBeGreaterThan(0);
          for (const t of p.targets) {
            expect(t.editorType).toBe('sql');
            expect(t.datasource.uid).toBe(DATASOURCE_UID);
            expect(t.queryType).toBe(p.type === 'timeseries' ? 'timeSeries' : 'table');
            expect(t.format).toBe(p.type === 'timeseries' ? 0 : 1);
            expect(t.rawSql).toMatch(/\$__timeFilter\(/);
            // Every variable the SQL uses is declared on the dashboard.
            for (const m of t.rawSql.matchAll(/\$\{?(repo|branch|service)\b/g)) expect(declared, `${p.title} uses $${m[1]}`).toContain(m[1]);
          }
        }
      });

      it('template variables run on the engine and list the generated data', async () => {
        for (const v of dash.templating.list) {
          const got = (await rows(expand(v.query, { repo: 'all', branch: 'all', service: 'all' }, { repo: [repo], branch: ['main'], service: ['checkout'] }, range, (await testStore()).database))).map((r) => String(Object.values(r)[0]));
          values[v.name as VarName] = got;
          expect(got.length, v.name).toBeGreaterThan(0);
          expect(got).toContain({ repo, branch: 'main', service: 'checkout' }[v.name as VarName]);
        }
      });

      for (const p of dash.panels) {
        it(`"${p.title}" returns rows for one repo, for one service, and for All`, async () => {
          const database = (await testStore()).database;
          const all = { repo: values.repo.length ? values.repo : [repo], branch: values.branch.length ? values.branch : ['main'], service: values.service.length ? values.service : ['checkout'] };
          for (const selected of [{ repo: [repo], branch: 'all', service: ['checkout'] }, { repo: 'all', branch: 'all', service: 'all' }] as Selection[]) {
            for (const t of p.targets) {
              const sql = expand(t.rawSql, selected, all, range, database);
              expect(sql).not.toMatch(/\$/);
              const got = await rows(sql);
              expect(got.length, `${p.title} with ${JSON.stringify(selected)}:\n${sql}`).toBeGreaterThan(0);
            }
          }
        }, 60_000);
      }
    });
  }
});
