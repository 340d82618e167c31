/** A reason not to start, told in one line that says what to do (several reasons: a line each). */
export class StartupError extends Error {
  /** Every problem found, so that an operator fixes them in one go rather than one per start. */
  static all(errors: StartupError[]): StartupError {
    return errors.length === 1 ? errors[0] : new StartupError(errors.map((error) => error.message).join('\n'));
  }
}
