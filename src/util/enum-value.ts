/** Returns `value` when it is one of `allowed`, else `fallback` plus a report of the bad value. */
export function pickEnum<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
  report: (bad: string) => void,
): T {
  if (value === null || value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  report(value);
  return fallback;
}
