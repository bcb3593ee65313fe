// Median and spread of a figure over the runs.

/** The q-quantile (0..1) of sorted numbers, linearly interpolated. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/**
 * Median, quartiles and range of the numbers given; null and undefined (a run where the thing never happened)
 * are counted in `missing`.
 * @param {Array<number | null | undefined>} values
 */
export function summarize(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!numbers.length)
    return { n: 0, missing: values.length, median: null, p25: null, p75: null, min: null, max: null };
  return {
    n: numbers.length,
    missing: values.length - numbers.length,
    median: quantile(numbers, 0.5),
    p25: quantile(numbers, 0.25),
    p75: quantile(numbers, 0.75),
    min: numbers[0],
    max: numbers[numbers.length - 1],
  };
}
