/**
 * Full screen while presenting: asked for on entry (the Fullscreen API; the click on
 * Present is the user's request) and offered as a button while not granted — it can be
 * refused (headless, no user gesture, a browser setting), and the view then fills the
 * window anyway. Full screen is left on exit; leaving it through the browser (its own
 * Esc, which the page never sees) ends present mode too.
 */
import { useCallback, useEffect, useState } from 'react';

export function useFullscreen(onLeft: () => void): { full: boolean; request: () => void } {
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  const request = useCallback(() => {
    const root = document.documentElement;
    if (typeof root.requestFullscreen !== 'function' || document.fullscreenElement !== null) return;
    root.requestFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    let entered = false;
    const onChange = () => {
      const now = document.fullscreenElement !== null;
      setFull(now);
      if (now) entered = true;
      else if (entered) onLeft();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [onLeft]);

  // Asked for once on entry; left on exit.
  useEffect(() => {
    request();
    return () => {
      if (document.fullscreenElement !== null)
        void document.exitFullscreen().catch(() => undefined);
    };
  }, [request]);

  return { full, request };
}
