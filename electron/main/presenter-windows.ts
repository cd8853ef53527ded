// 放映 in the desktop app. The pages open the presentation's windows themselves (window.open, so
// the new window keeps the page's sign-in); the shell places them: `#/present/<id>` full screen on
// the secondary display (the projector) when there is one, else on the primary, and then the
// audience window opens the presenter view (as P does), which goes on the primary display;
// `#/present/<id>/presenter` (P) opens on the primary display. The display stays awake while an
// audience window is open.
import { powerSaveBlocker, screen, type BrowserWindow } from 'electron';
import { presentationHash, presentationRoute } from './presentation-route';
import type { OwnWindows } from './security';
import { presentationWindowOptions } from './windows';

export function presentationWindows(preload: string, devOrigin: string | null): OwnWindows {
  const displays = () => {
    const primary = screen.getPrimaryDisplay();
    return { primary, projector: screen.getAllDisplays().find((d) => d.id !== primary.id) ?? null };
  };
  return {
    options(url) {
      const route = presentationRoute(url, devOrigin);
      if (!route) return null;
      const { primary, projector } = displays();
      if (route.view === 'presenter') return presentationWindowOptions(preload, primary.workArea, false, '演讲者视图');
      return presentationWindowOptions(preload, (projector ?? primary).bounds, true, '会议放映');
    },
    created(url, win: BrowserWindow) {
      const route = presentationRoute(url, devOrigin);
      if (!route) return;
      if (route.view === 'presenter') {
        win.maximize();
        return;
      }
      const blocker = powerSaveBlocker.start('prevent-display-sleep');
      win.on('closed', () => powerSaveBlocker.stop(blocker));
      // With a projector, the presenter view opens on the desk screen as if P were pressed.
      if (displays().projector) {
        const target = JSON.stringify(`#${presentationHash({ ...route, view: 'presenter' })}`);
        const name = JSON.stringify(`towngrid-presenter-${route.meetingId}`);
        win.webContents.once('did-finish-load', () => void win.webContents.executeJavaScript(`window.open(${target}, ${name})`, true));
      }
    },
  };
}
