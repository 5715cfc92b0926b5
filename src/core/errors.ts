// What went wrong, as one line of text, whatever was thrown.

/** The message of anything thrown: an Error's message, a string, or its JSON. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return `Unexpected failure: ${JSON.stringify(error)}`;
  } catch {
    return `Unexpected failure: ${String(error)}`;
  }
}
