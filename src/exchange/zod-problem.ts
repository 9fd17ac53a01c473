// Where a file's shape is wrong, in the path notation a user can look it up by (`dataValues[3].value`).
import type { z } from 'zod';

export function zodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(root)';
}

/** The first issues of a failed parse: their path, and what is wrong there. */
export function zodProblem(error: z.ZodError): { path: string; reason: string } {
  const [first, ...rest] = error.issues;
  if (!first) return { path: '(root)', reason: error.message };
  const more = rest.length > 0 ? ` (+${rest.length})` : '';
  return { path: zodPath(first.path), reason: `${first.message}${more}` };
}
