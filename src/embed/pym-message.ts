/**
 * Pym.js's string message format, `pymxPYMx<id>xPYMx<type>xPYMx<value>`, so the height messages
 * of our iframe embed work with resizers newsrooms already run.
 */
const DELIMITER = 'xPYMx';

export function pymMessage(id: string, type: string, value: string | number): string {
  return ['pym', id, type, String(value)].join(DELIMITER);
}

export function parsePymMessage(data: unknown): { id: string; type: string; value: string } | null {
  if (typeof data !== 'string' || data.length > 500) return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym') return null;
  return { id: parts[1], type: parts[2], value: parts[3] };
}
