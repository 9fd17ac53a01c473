// The message catalogs by locale; Bahasa Indonesia is the default.
import { en } from './en.ts';
import { id } from './id.ts';

export type MessageCode = keyof typeof id;
export type Locale = 'id' | 'en';

export const messages: Record<Locale, Record<MessageCode, string>> = { id, en };
