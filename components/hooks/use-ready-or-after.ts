/**
 * Whether a view should show yet: true once `ready`, or once `waitMs` have passed, whichever
 * comes first, and never false again. A page whose data usually comes within a frame or two
 * holds its first paint until then, rather than paint an empty frame, lay it out again and paint
 * once more a few milliseconds later: on the review page that empty frame's work delayed the
 * first rows measurably (`npm run bench:review-ab` compares builds). A slow read still gets the frame, with
 * its "loading" state, after `waitMs`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useReadyOrAfter(ready: boolean, waitMs: number): boolean {
  const [waited, setWaited] = useState(false);
  const shown = useRef(false);
  shown.current ||= ready || waited;
  const show = shown.current;
  // Timed only while held: a timer left to fire after the view shows would render it again.
  useEffect(() => {
    if (show) return;
    const timer = setTimeout(() => setWaited(true), waitMs);
    return () => clearTimeout(timer);
  }, [show, waitMs]);
  return show;
}
