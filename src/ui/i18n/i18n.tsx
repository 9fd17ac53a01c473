// The UI's words: `t(key, params)` in the chosen language, and the switch that remembers it.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../shared/messages/index.ts';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';
import { localeCookie, readLocale } from './locale.ts';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { id, en };

/** Fills `{name}` placeholders; a missing parameter stays visible rather than vanishing. */
export function translate(locale: Locale, key: MessageKey, params: Params = {}): string {
  return CATALOGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface I18n {
  locale: Locale;
  t: Translate;
  setLocale(locale: Locale): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => readLocale(document.cookie));
  const setLocale = useCallback((next: Locale) => {
    document.cookie = localeCookie(next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: (key, params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** Month names of the UI language, January first. */
export function monthNames(t: Translate, form: 'short' | 'long' = 'short'): string[] {
  return t(form === 'short' ? 'months.short' : 'months.long').split(',');
}
