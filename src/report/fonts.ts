// The one typeface every rendered document and chart uses, shipped with pdfmake (Roboto, Apache 2.0):
// read from the installed package, never from the network or the system, so a report looks the same
// on every machine and the PDF carries the font inside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Roboto';

export const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

export function fontPath(file: string): string {
  return require.resolve(`pdfmake/fonts/Roboto/${file}`);
}

let loaded: Map<string, Buffer> | undefined;

/** The four faces' bytes by file name, read once. */
export function fontBytes(): Map<string, Buffer> {
  loaded ??= new Map(Object.values(FONT_FILES).map((file) => [file, readFileSync(fontPath(file))]));
  return loaded;
}
