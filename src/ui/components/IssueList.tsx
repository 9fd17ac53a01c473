// A refused file or form whose every problem the server named (CATALOG_INVALID, PUSKESMAS_CSV_INVALID):
// the server's sentence, then each problem on its own line (`params.issues`, or `issuesEn` in English; one per line).
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorText } from './ErrorText.tsx';

export function IssueList({ error, label }: { error: unknown; label: string }) {
  const { locale } = useI18n();
  // The server names each problem in both languages (`issues`, `issuesEn`).
  const lines =
    error instanceof ApiError
      ? ((locale === 'en' ? error.params.issuesEn : undefined) ?? error.params.issues)
      : undefined;
  const issues = typeof lines === 'string' ? lines.split('\n') : [];
  return (
    <div className="issue-list" role="alert">
      <ErrorText error={error} />
      {issues.length > 0 && (
        <ul aria-label={label}>
          {issues.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
