// What the renderer may ask the operating system to show (桌面通知): a title and a body of
// bounded length, nothing else — the renderer's request is checked here before Electron's
// Notification sees it. Pure, so it is unit-tested without Electron.

export interface DesktopNotice {
  title: string;
  body: string;
}

const TITLE_MAX = 60;
const BODY_MAX = 200;

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The notice asked for, clipped to its limits; null when the request is not one. */
export function desktopNoticeOf(input: unknown): DesktopNotice | null {
  if (typeof input !== 'object' || input === null) return null;
  const { title, body } = input as Record<string, unknown>;
  if (typeof title !== 'string' || typeof body !== 'string') return null;
  const notice = { title: clip(title, TITLE_MAX), body: clip(body, BODY_MAX) };
  return notice.title ? notice : null;
}
