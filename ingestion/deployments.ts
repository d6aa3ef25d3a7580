import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError } from './errors.ts';

// A deployment event, as POST /v1/deployments receives it:
//   { "service": "shop-api", "version": "2026.12.3-1", "environment": "production",
//     "commit": "3f2a9c1", "at": "2026-12-03T09:00:00Z", "repo": "acme/shop", "id": "deploy-881" }
// service, version, environment and at are required; id, when absent, is derived from them, so the
// same event sent twice is one deployment.

const time = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine((d) => d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2299, 'must be between the years 1900 and 2299');

const deploymentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,128}$/, 'letters, digits and . _ : - (at most 128)').optional(),
  repo: z.string().max(512).optional(),
  service: z.string().min(1).max(512),
  version: z.string().min(1).max(256),
  environment: z.string().min(1).max(256),
  commit: z.string().max(128).optional(),
  at: time,
});

export interface DeploymentRecord {
  id: string;
  /** '' when the event names no repository: tests of every repository count. */
  repo: string;
  service: string;
  version: string;
  environment: string;
  commit: string;
  at: Date;
}

export function parseDeployment(value: unknown): DeploymentRecord {
  const parsed = deploymentSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new InputError('BAD_DEPLOYMENT', `not a deployment event: ${problems}`);
  }
  const d = parsed.data;
  const id =
    d.id ??
    `dep-${createHash('sha256').update(`${d.service}\u0000${d.version}\u0000${d.environment}\u0000${d.at.toISOString()}`).digest('hex').slice(0, 16)}`;
  return { id, repo: d.repo ?? '', service: d.service, version: d.version, environment: d.environment, commit: d.commit ?? '', at: d.at };
}
