/**
 * Prometheus metrics (prom-client): what an operator watches on a dashboard. Labels are kinds
 * and outcomes only, never a person, a chat or an answer. Served at GET /metrics on PORT only
 * when METRICS_TOKEN is set, to requests that carry it as a bearer token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly updates = new Counter({
    name: 'dika_updates_total',
    help: 'Inbound events by source, kind and outcome (handled, duplicate, failed, retry-later).',
    labelNames: ['source', 'kind', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly updateSeconds = new Histogram({
    name: 'dika_update_duration_seconds',
    help: 'Time to handle one inbound event, commit included, delivery excluded.',
    labelNames: ['source', 'kind'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly outbound = new Counter({
    name: 'dika_outbound_messages_total',
    help: 'Outbound delivery attempts by channel and result (sent, dropped, unreachable, failed, postponed).',
    labelNames: ['channel', 'result'] as const,
    registers: [this.registry],
  });
  readonly floodControl = new Counter({
    name: 'dika_outbound_flood_control_total',
    help: 'Platform rate-limit answers (Telegram 429) that paused a bot.',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });
  readonly jobs = new Counter({
    name: 'dika_jobs_total',
    help: 'Scheduled jobs by name and outcome (claimed, done, failed, released, lost).',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: { defaults?: boolean } = {}) {
    // Process metrics (memory, event-loop lag, GC): the first things to look at in an incident.
    if (options.defaults ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'dika_' });
  }
}

/** GET /metrics behind a bearer token; false for any other request (see opsRoutes). */
export function metricsRoute(metrics: Metrics, token: string) {
  const expected = Buffer.from(`Bearer ${token}`);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/metrics') return false;
    const given = Buffer.from(req.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.writeHead(401).end();
      return true;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
    return true;
  };
}
