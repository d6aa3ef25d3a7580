// Migrations on a ClickHouse cluster (CLICKHOUSE_CLUSTER): the numbered files stay written for one
// server, and each statement is rewritten here before it runs, so there is one schema, not two.
// - CREATE TABLE / MATERIALIZED VIEW / ALTER TABLE get `ON CLUSTER <name>`: every replica creates its
//   local table or view (a materialized view is not replicated: each replica runs its own on the
//   inserts it receives, into the replicated target).
// - *MergeTree engines become Replicated*MergeTree, keeping their arguments (ReplacingMergeTree(v) →
//   ReplicatedReplacingMergeTree(path, replica, v)). The path uses {uuid}, which ON CLUSTER gives the
//   same value on every replica, and the server's {shard}/{replica} macros.
// - INSERT … SELECT backfills run once, on the replica the service is connected to: replication
//   copies the rows; the migration ledger (itself replicated) records them once.
// Supported shape: one shard, any number of replicas (no Distributed tables).

const HEAD = /^((?:\s*--[^\n]*\n)*\s*)(CREATE\s+(?:TABLE|MATERIALIZED\s+VIEW)\s+IF\s+NOT\s+EXISTS|ALTER\s+TABLE)\s+([A-Za-z_][A-Za-z0-9_.]*)/i;
const ENGINE = /\bENGINE\s*=\s*(Replacing|Aggregating|Summing|Collapsing|VersionedCollapsing)?MergeTree\b(?:\s*\(([^)]*)\))?/g;
export const REPLICA_PATH = "'/clickhouse/tables/{uuid}/{shard}', '{replica}'";

/** `name` as a quoted identifier: cluster names may hold characters (e.g. `-`) an identifier may not. */
const quoted = (name: string) => `\`${name.replace(/[`\\]/g, '\\$&')}\``;

/** The statement as it runs on `cluster`; unchanged when `cluster` is undefined. */
export function clusterStatement(sql: string, cluster: string | undefined): string {
  if (!cluster) return sql;
  const withCluster = sql.replace(HEAD, (_m, lead: string, verb: string, name: string) => `${lead}${verb} ${name} ON CLUSTER ${quoted(cluster)}`);
  // Engines outside comments only: a comment may name one.
  return withCluster
    .split('\n')
    .map((line) =>
      line.trimStart().startsWith('--')
        ? line
        : line.replace(ENGINE, (_m, kind: string | undefined, args: string | undefined) =>
            `ENGINE = Replicated${kind ?? ''}MergeTree(${REPLICA_PATH}${args?.trim() ? `, ${args.trim()}` : ''})`,
          ),
    )
    .join('\n');
}

/** CREATE DATABASE for the store's database (a plain identifier, from the config), on every replica. */
export function createDatabaseStatement(database: string, cluster: string | undefined): string {
  return `CREATE DATABASE IF NOT EXISTS ${database}${cluster ? ` ON CLUSTER ${quoted(cluster)}` : ''}`;
}
