// A refused file or form whose every problem the server named (CATALOG_INVALID, PUSKESMAS_CSV_INVALID):
// the server's sentence, then each problem on its own line (`params.issues`, one per line).
import { ApiError } from '../api.ts';
import { ErrorText } from './ErrorText.tsx';

export function IssueList({ error, label }: { error: unknown; label: string }) {
  const issues =
    error instanceof ApiError && typeof error.params.issues === 'string'
      ? error.params.issues.split('\n')
      : [];
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
