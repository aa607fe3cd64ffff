/** The message of a caught error, for a warning or a problem; `fallback` when it is not an Error. */
export const errorText = (error: unknown, fallback: string) => (error instanceof Error ? error.message : fallback);
