// Whether the service should be sent traffic (GET /readyz), as opposed to whether it is alive
// (GET /healthz). Ready = migrations ran, every configured Kafka consumer is a member of its group
// (kafkajs reports GROUP_JOIN about a second after the HTTP port opens; before that, messages are not
// being read), and the service is not shutting down. An orchestrator routes on it; a restart should
// not: the process is alive while the consumer rejoins.

export type KafkaState = 'not configured' | 'starting' | 'joined' | 'not in its group';

export interface ReadinessReport {
  ready: boolean;
  migrations: boolean;
  kafka: KafkaState;
  stopping: boolean;
}

export class Readiness {
  private migrated = false;
  private stopping = false;
  /** Whether the consumer is in its group right now; null until the consumer exists. */
  private kafkaMember: (() => boolean) | null = null;

  constructor(private readonly kafkaConfigured: boolean) {}

  migrationsDone(): void {
    this.migrated = true;
  }

  kafkaStarted(isMember: () => boolean): void {
    this.kafkaMember = isMember;
  }

  shuttingDown(): void {
    this.stopping = true;
  }

  report(): ReadinessReport {
    const kafka: KafkaState = !this.kafkaConfigured
      ? 'not configured'
      : !this.kafkaMember
        ? 'starting'
        : this.kafkaMember()
          ? 'joined'
          : 'not in its group';
    return {
      ready: this.migrated && !this.stopping && (kafka === 'not configured' || kafka === 'joined'),
      migrations: this.migrated,
      kafka,
      stopping: this.stopping,
    };
  }
}
