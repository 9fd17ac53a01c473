// An error in words: the server's message (already in the user's language) or ours for client codes.
import { ApiError, CLIENT_ERRORS } from '../api.ts';
import { useI18n, type Translate } from '../i18n/i18n.tsx';

export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === CLIENT_ERRORS.network) return t('error.network');
    if (error.code === CLIENT_ERRORS.badResponse) return t('error.badResponse', { path: error.message });
    if (error.message) {
      const issues = error.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
      return issues ? `${error.message} ${issues}` : error.message;
    }
    return t('error.server', { status: error.status });
  }
  return error instanceof Error ? error.message : String(error);
}

/** A message that screen readers announce when it appears. */
export function ErrorText({ error, id }: { error: unknown; id?: string }) {
  const { t } = useI18n();
  return (
    <p className="error" role="alert" id={id}>
      {errorMessage(error, t)}
    </p>
  );
}
