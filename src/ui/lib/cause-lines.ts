// The causes under one heading are typed one per line; stored as a list of lines.

/** The causes in a textarea's text: one per line, blank lines and surrounding spaces dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-•*]\s*/, '').trim())
    .filter((line) => line !== '');
}

/** The text a textarea shows for a list of causes. */
export function textOf(lines: readonly string[]): string {
  return lines.join('\n');
}
