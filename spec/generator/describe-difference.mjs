// A short, readable report of how a committed generated file differs from a
// fresh generation: enough to see what changed without a diff dependency.

/**
 * @param {string} label file name to print
 * @param {string | undefined} actual committed contents (undefined: missing)
 * @param {string} expected freshly generated contents
 * @param {number} [context] lines shown around the first difference
 * @returns {string}
 */
export function describeDifference(label, actual, expected, context = 3) {
  if (actual === undefined) return `${label}: missing (expected ${expected.split("\n").length} lines)`;
  const actualLines = actual.split("\n");
  const expectedLines = expected.split("\n");
  let first = 0;
  while (first < actualLines.length && first < expectedLines.length && actualLines[first] === expectedLines[first]) first++;
  const from = Math.max(0, first - context);
  const report = [`${label}: differs from a fresh generation at line ${first + 1}`];
  for (let i = from; i < first; i++) report.push(`  ${expectedLines[i]}`);
  for (let i = first; i < Math.min(actualLines.length, first + context); i++) report.push(`- ${actualLines[i]}`);
  for (let i = first; i < Math.min(expectedLines.length, first + context); i++) report.push(`+ ${expectedLines[i]}`);
  return report.join("\n");
}
