// Latency summaries in milliseconds, by the nearest-rank percentile.

export type LatencySummary = {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
};

function percentile(sorted: number[], fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

const round = (milliseconds: number) => Math.round(milliseconds * 1000) / 1000;

export function summarize(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    mean: round(sorted.length ? total / sorted.length : Number.NaN),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
