import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testStore } from './support/store.ts';

// Every panel query of every provisioned dashboard runs on the real engine against the real schema,
// with Grafana's ClickHouse macros expanded the way the plugin expands them.

const DIR = fileURLToPath(new URL('../dashboards/', import.meta.url));

function expandMacros(sql: string, database: string): string {
  return sql
    .replace(/\$__timeFilter\(([^)]+)\)/g, '$1 >= now() - INTERVAL 30 DAY AND $1 <= now()')
    .replace(/\$__timeInterval\(([^)]+)\)/g, 'toStartOfInterval($1, INTERVAL 3600 second)')
    .replace(/\$__conditionalAll\(.*?, \$repo\)/g, "1 = 1")
    .replace(/\bsignalhouse\./g, `${database}.`);
}

describe('Grafana dashboards', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
  it('exist', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    const dash = JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as {
      uid: string;
      panels: { title: string; datasource: { type: string }; targets: { rawSql: string; editorType: string }[] }[];
      templating: { list: { query: string }[] };
    };
    it(`${file}: panels use the ClickHouse data source with SQL`, () => {
      expect(dash.uid).toBeTruthy();
      for (const p of dash.panels) {
        expect(p.datasource.type).toBe('grafana-clickhouse-datasource');
        for (const t of p.targets) expect(t.editorType).toBe('sql');
      }
    });
    for (const p of dash.panels) {
      it(`${file}: "${p.title}" runs on the engine`, async () => {
        const store = await testStore();
        for (const t of p.targets) {
          const rs = await store.client.query({ query: expandMacros(t.rawSql, store.database), format: 'JSONEachRow' });
          expect(Array.isArray(await rs.json())).toBe(true);
        }
      });
    }
    it(`${file}: template variables run on the engine`, async () => {
      const store = await testStore();
      for (const v of dash.templating.list) {
        const rs = await store.client.query({ query: expandMacros(v.query, store.database), format: 'JSONEachRow' });
        expect(Array.isArray(await rs.json())).toBe(true);
      }
    });
  }
});
