// Opening and leaving the presentation's windows. A window opened for the presentation (by the
// meeting page's 放映, by P, or by the desktop app on the displays; it has an opener or carries
// `?window=1`) closes on Esc; one reached by navigation goes back to the meeting's page.
import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

export const audiencePath = (meetingId: string) => `/present/${encodeURIComponent(meetingId)}`;
export const presenterPath = (meetingId: string) => `/present/${encodeURIComponent(meetingId)}/presenter`;

/** Opens a presentation route in a window of its own (the desktop app places it on a display). */
export function openPresentationWindow(path: string, name: string): void {
  window.open(`#${path}?window=1`, name);
}

/** 放映: the meeting page's button opens the audience window. */
export function openAudienceWindow(meetingId: string): void {
  openPresentationWindow(audiencePath(meetingId), `towngrid-present-${meetingId}`);
}

export function openPresenterView(meetingId: string): void {
  openPresentationWindow(presenterPath(meetingId), `towngrid-presenter-${meetingId}`);
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
