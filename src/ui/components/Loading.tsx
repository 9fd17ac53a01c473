// What a screen shows while its data loads or when it failed: words, and a way to try again.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorText } from './ErrorText.tsx';
import type { Resource } from './use-resource.ts';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? t('app.loading')}
    </p>
  );
}

/** Renders `children(data)` once loaded; the previous data stays visible while a reload runs. */
export function Loaded<T>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (resource.status === 'error') {
    return (
      <div className="load-error">
        <ErrorText error={resource.error} />
        <button type="button" onClick={resource.reload}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (resource.data === undefined) return <Loading />;
  return <>{children(resource.data)}</>;
}
