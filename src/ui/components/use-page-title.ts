// Sets the browser tab's title for the screen shown (lib/page-title). Only the screens themselves call
// it, never a frame around them: a parent's effect runs after its child's and would overwrite it.
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { pageTitle, type TitlePart } from '../lib/page-title.ts';

/** `parts` null: this screen shows another one instead (not found) that titles itself. */
export function usePageTitle(parts: readonly TitlePart[] | null): void {
  const { t } = useI18n();
  const title = parts === null ? null : pageTitle(parts, t('app.name'));
  useEffect(() => {
    if (title !== null) document.title = title;
  }, [title]);
}
