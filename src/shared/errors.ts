// Errors that reach a user: a code, an HTTP status, and parameters; the words live in messages/.
import { dateWords, monthWords } from './calendar-words.ts';
import { messages, type Locale, type MessageCode } from './messages/index.ts';

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: MessageCode;
  readonly status: number;
  readonly params: ErrorParams;

  constructor(
    code: MessageCode,
    params: ErrorParams = {},
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(formatMessage(code, params, 'en'), { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? 400;
    this.params = params;
  }

  /** The message in the user's language (Bahasa Indonesia unless asked otherwise). */
  localized(locale: Locale = 'id'): string {
    return formatMessage(this.code, this.params, locale);
  }
}

/**
 * Fills `{name}` placeholders of a message with its parameters. `{name|month}` says a 'YYYY-MM'
 * parameter in words ("Maret 2023"), `{name|date}` a 'YYYY-MM-DD' one ("5 April 2023"), in the
 * message's language: the parameters themselves stay language-free.
 */
export function formatMessage(code: MessageCode, params: ErrorParams, locale: Locale): string {
  const template = messages[locale][code];
  return template.replace(/\{(\w+)(?:\|(month|date))?\}/g, (whole, name: string, form?: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    if (form === 'month') return monthWords(value, locale);
    if (form === 'date') return dateWords(value, locale);
    return value;
  });
}
