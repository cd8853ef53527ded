// Opening and leaving the presentation's windows. A window opened for the presentation (by the
// meeting page's 放映, by P, or by the desktop app on the displays; it has an opener or carries
// `?window=1`) closes on Esc; one reached by navigation goes back to the meeting's page.
import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

export const presenterPath = (meetingId: string) => `/present/${encodeURIComponent(meetingId)}/presenter`;

/** P: the presenter view in a window of its own (the desktop app places it on the desk screen). */
export function openPresenterView(meetingId: string): void {
  window.open(`#${presenterPath(meetingId)}?window=1`, `towngrid-presenter-${meetingId}`);
}

/** Esc: close the window opened for the presentation, or go back to the meeting's page. */
export function useLeavePresentation(meetingId: string): () => void {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const own = params.get('window') === '1' || window.opener !== null;
  return useCallback(() => {
    if (own) {
      window.close();
      return;
    }
    void navigate(`/meetings/${encodeURIComponent(meetingId)}`);
  }, [own, navigate, meetingId]);
}
