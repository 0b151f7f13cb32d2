/** A step of the demo failed (a command's exit code, a list left open, a stream that stayed silent): the demo says which and exits 1. */
export class DemoStepFailed extends Error {
  override name = "DemoStepFailed";
}
