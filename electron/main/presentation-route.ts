// Which presentation window one of our pages asks to open (window.open of `#/present/<id>` or
// `#/present/<id>/presenter`): a pure function, unit-tested, that the shell uses to place the
// audience window on the projector and the presenter view on the desk screen (presenter-windows.ts).
import { isOwnPage } from './security-rules';

export interface PresentationRoute {
  meetingId: string;
  view: 'audience' | 'presenter';
}

const ROUTE = /^#\/present\/([A-Za-z0-9_-]{1,64})(\/presenter)?(?:\?.*)?$/;

export function presentationRoute(url: string, devOrigin: string | null): PresentationRoute | null {
  if (!isOwnPage(url, devOrigin)) return null;
  let hash: string;
  try {
    hash = new URL(url).hash;
  } catch {
    return null;
  }
  const m = hash.match(ROUTE);
  if (!m) return null;
  return { meetingId: m[1]!, view: m[2] ? 'presenter' : 'audience' };
}

/** The route a presentation window loads (`window=1`: Esc closes it). */
export function presentationHash(route: PresentationRoute): string {
  return `/present/${route.meetingId}${route.view === 'presenter' ? '/presenter' : ''}?window=1`;
}
