/**
 * Failures a command reports that are not business rules of the input (those are `userErrors`):
 * each transport maps them in one place — GraphQL to FORBIDDEN / UNAUTHENTICATED / NOT_FOUND
 * (graphql/commands.ts), the CLI to exit codes (cli/command.ts). Messages name nothing about the
 * target, so a refusal reveals nothing.
 */
export class AccessDenied extends Error {
  override readonly name = "AccessDenied";
  constructor(readonly reason: "UNAUTHENTICATED" | "FORBIDDEN" = "FORBIDDEN") {
    super(reason === "UNAUTHENTICATED" ? "Sign in required" : "Access denied");
  }
}

/** The object a command acts on does not exist (`field` names the input that named it, e.g. `input.round`). */
export class TargetNotFound extends Error {
  override readonly name = "TargetNotFound";
  constructor(readonly field: string) {
    super("Not found");
  }
}
