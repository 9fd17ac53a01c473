// The UI language: kept in the `pkp_lang` cookie, which the server reads too, so its messages match.
import type { Locale } from '../../shared/messages/index.ts';

export const LOCALES: readonly Locale[] = ['id', 'en'];
const COOKIE = 'pkp_lang';

/** The cookie's language, else Bahasa Indonesia (the first language of pkp, whatever the browser says). */
export function readLocale(cookie: string): Locale {
  const match = /(?:^|;\s*)pkp_lang=(id|en)\b/.exec(cookie);
  return match?.[1] === 'en' ? 'en' : 'id';
}

/** Stores the choice for a year, on every path, for the server as well. */
export function localeCookie(locale: Locale): string {
  return `${COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}
