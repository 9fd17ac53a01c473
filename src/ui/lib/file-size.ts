// File sizes for reading, in the UI's language: "820 kB", "1,4 MB" (units of 1 024, as the limit counts).
import type { Locale } from '../../shared/messages/index.ts';
import { formatFixed } from './numbers.ts';

export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatFixed(Math.max(1, Math.round(bytes / 1024)), 0, locale)} kB`;
  const mb = bytes / (1024 * 1024);
  return `${formatFixed(mb, mb < 10 ? 1 : 0, locale)} MB`;
}
