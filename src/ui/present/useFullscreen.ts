/**
 * Full screen while presenting: asks for it on entry (the Fullscreen API; it can be
 * refused, e.g. headless or without a user gesture — the view then fills the window
 * anyway) and leaves it on exit. Leaving full screen through the browser (its own Esc,
 * which the page never sees) ends present mode too.
 */
import { useEffect } from 'react';

export function useFullscreen(active: boolean, onLeft: () => void): void {
  useEffect(() => {
    if (!active) return undefined;
    let entered = false;
    const root = document.documentElement;
    if (typeof root.requestFullscreen === 'function' && document.fullscreenElement === null)
      root.requestFullscreen().then(
        () => (entered = true),
        () => undefined,
      );
    const onChange = () => {
      if (entered && document.fullscreenElement === null) onLeft();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement !== null)
        void document.exitFullscreen().catch(() => undefined);
    };
  }, [active, onLeft]);
}
