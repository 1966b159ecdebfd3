// Errors meant for people: the CLI prints their message (naming the file and the problem), never a stack.

export class UserError extends Error {
  constructor(
    message: string,
    /** the file, URL or argument the problem is about */
    readonly subject?: string,
  ) {
    super(subject ? `${subject}: ${message}` : message);
    this.name = "UserError";
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
