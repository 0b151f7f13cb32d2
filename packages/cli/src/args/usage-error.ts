/** A mistake in how the CLI was called: reported with exit code 2 and the usage hint. */
export class UsageError extends Error {
  override name = "UsageError";
}
