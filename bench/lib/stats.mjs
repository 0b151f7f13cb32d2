export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function round(value, digits = 2) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * Paired ratio: `values[i] / floor[i]` for every round i (both measured in
 * the same round), then the median of those ratios. Drift that slows a whole
 * round slows both sides of its ratio and cancels out.
 */
export function pairedMedianRatio(values, floor) {
  if (values.length !== floor.length) throw new RangeError(`paired samples differ in length: ${values.length} vs ${floor.length}`);
  return median(values.map((value, index) => value / floor[index]));
}

/** The value at `quantile` (0..1) of the samples, nearest rank: e.g. 0.95 for the 95th percentile. */
export function percentile(values, quantile) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1))];
}
