// A <dialog> shown as a modal for as long as its component is mounted; when it goes, the focus goes
// back to where it was (the cell or button the dialog was opened from), without scrolling the page.
import { useEffect, useRef, type RefObject } from 'react';

export function useModal(
  /** What gets the focus on opening instead of the dialog's first field (e.g. "Batal" of a confirmation). */
  initialFocus?: RefObject<HTMLElement | null>,
): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    return () => {
      if (from?.isConnected) from.focus({ preventScroll: true });
    };
    // Once per mount: the dialog opens when it appears.
  }, []);
  return ref;
}
