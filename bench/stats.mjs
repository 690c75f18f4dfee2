/** Small statistics and timing helpers for the benchmark: medians and quartiles, never means. */
import { spawnSync } from 'node:child_process';

/** The q-quantile (0..1) of numbers, linear between neighbours. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export function summary(values) {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export const ms = (value) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

/** "median 123 ms (IQR 110–130, min 100, max 180, n 15)" */
export function describe(s, unit = 'ms') {
  return `median ${ms(s.median)} ${unit} (IQR ${ms(s.q1)}–${ms(s.q3)}, min ${ms(s.min)}, max ${ms(s.max)}, n ${s.n})`;
}

/** Milliseconds a whole process takes, from spawn to exit; throws when it fails. */
export function timeProcess(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`bench: ${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  }
  return elapsed;
}

/**
 * Runs each command `runs` times, alternating A B C A B C …, after `warmup` untimed rounds (file cache),
 * so a noisy neighbour slows all of them alike. Returns one summary per command, by name.
 */
export function alternate(commands, runs, warmup = 2) {
  const times = new Map(commands.map((c) => [c.name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const c of commands) {
      const elapsed = timeProcess(c.command, c.args, c.options);
      if (round >= warmup) times.get(c.name).push(elapsed);
    }
  }
  return new Map([...times].map(([name, values]) => [name, summary(values)]));
}
