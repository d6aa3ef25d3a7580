import type { ClickHouseClient } from '@clickhouse/client';
import type { DeploymentRecord } from '../../ingestion/deployments.ts';
import type { Store } from './clickhouse.ts';
import { clickhouseTime } from './rows.ts';

// Deployments (migrations/0031_deployments.sql): written through the store's writer, read by id.

/** A `deployments` row (the API and the Kafka topic write the same). */
export function deploymentRow(d: DeploymentRecord) {
  return {
    deployment_id: d.id,
    repo: d.repo,
    service_name: d.service,
    version: d.version,
    environment: d.environment,
    commit: d.commit,
    deployed_at: clickhouseTime(d.at),
  };
}

export async function storeDeployment(store: Pick<Store, 'writer'>, d: DeploymentRecord): Promise<void> {
  // The unit id names the received time: re-sending is a new write that replaces the stored row.
  await store.writer.write({ id: `deployment-${d.id}-${Date.now()}`, rows: { deployments: [deploymentRow(d)] } });
}

export async function readDeployment(client: ClickHouseClient, id: string): Promise<DeploymentRecord | null> {
  const rs = await client.query({
    query: `SELECT deployment_id, repo, service_name, version, environment, commit, toString(deployed_at) AS deployed_at
            FROM deployments FINAL WHERE deployment_id = {id:String}`,
    query_params: { id },
    format: 'JSONEachRow',
    clickhouse_settings: { log_comment: 'store.deployments.read' },
  });
  const [r] = await rs.json<Record<string, string>>();
  if (!r) return null;
  return {
    id: r.deployment_id!,
    repo: r.repo!,
    service: r.service_name!,
    version: r.version!,
    environment: r.environment!,
    commit: r.commit!,
    at: new Date(`${r.deployed_at!.replace(' ', 'T')}Z`),
  };
}
