// Turns zod issues into "path: reason" lines that name the bad field, even inside unions of trees.
import type { z } from 'zod';

export interface FieldIssue {
  /** e.g. "service.children[0].children[2].target" */
  path: string;
  message: string;
}

type Key = PropertyKey;

export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function valueAt(input: unknown, path: readonly Key[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

/**
 * Flattens issues into field paths. Where a value failed a union (a scenario node may be a group or a
 * leaf), the branch reported is the one the value was evidently meant for: the one with the fewest
 * issues, a group when the value has `children`. Otherwise the reader would see both branches' complaints.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  base: readonly Key[] = [],
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const value = valueAt(input, path);
      const isGroup = value !== null && typeof value === 'object' && 'children' in value;
      const branches = issue.errors.map((errors) => describeIssues(errors, input, path));
      const preferred = isGroup ? branches[0] : branches.slice(1).sort((a, b) => a.length - b.length)[0];
      out.push(...(preferred ?? branches[0] ?? []));
      continue;
    }
    out.push({ path: formatPath(path), message: issue.message });
  }
  return out;
}
