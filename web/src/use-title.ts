import { useEffect } from 'react';

/**
 * Names the browser tab and history entry after the page, so bookmarks and shared links read well.
 *
 * @example
 * useTitle(profile?.name ?? 'Organization'); // "Islamic State – Caucasus Province · Chronicle"
 */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Chronicle`;
  }, [title]);
}
