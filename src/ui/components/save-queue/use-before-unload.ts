// Closing the tab, reloading or typing another address with unsaved cells asks first. What waits is
// kept in IndexedDB and sent on the next visit, so this is a warning, not the only safeguard.
import { useEffect } from 'react';

export function useBeforeUnload(unsaved: boolean, message: string): void {
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show (or at least need) a returnValue; current ones show their own words.
      e.returnValue = message;
      return message;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, message]);
}
