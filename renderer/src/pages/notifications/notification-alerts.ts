// What a new notification does besides the bell's count: a short tone (WebAudio) and the
// operating system's notification — the desktop app's through the preload bridge, a browser's
// only when the browser has granted it. Only items that arrive while the desk is open alert;
// those already there when it loads do not.
import type { NotificationItem } from '../../../../shared/notifications/notification-types';
import { NOTIFICATION_KIND_LABELS } from '../../../../shared/notifications/notification-types';

/** Unread items not in `seen` (the keys shown before); none on the first load (`seen` null). */
export function freshUnread(seen: ReadonlySet<string> | null, items: readonly NotificationItem[]): NotificationItem[] {
  if (!seen) return [];
  return items.filter((i) => !i.read && !seen.has(i.key));
}

/** The operating system notification for new items: the newest one, and how many more. */
export function noticeOf(fresh: readonly NotificationItem[]): { title: string; body: string } {
  const first = fresh[0]!;
  const label = NOTIFICATION_KIND_LABELS[first.kind];
  const title = fresh.length > 1 ? `${fresh.length}条新通知` : first.caseNumber ? `${label}：${first.caseNumber}` : label;
  const subject = first.caseTitle ? `${first.caseNumber} ${first.caseTitle}\n` : '';
  return { title, body: fresh.length > 1 ? `${label}：${subject}${first.text}` : `${subject}${first.text}` };
}

/** Where an item leads: its case, or the 即将到期 queue for the digest. */
export function itemRoute(item: Pick<NotificationItem, 'caseId'>): string {
  return item.caseId ? `/cases/${item.caseId}` : '/cases?queue=due_soon';
}

let audio: AudioContext | null = null;

/** Two short soft tones. Silently nothing where audio is not allowed yet (no click on the page so far). */
export function playTone(): void {
  try {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    for (const [offset, freq] of [
      [0, 880],
      [0.18, 1175],
    ] as const) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.16);
      osc.connect(gain).connect(audio.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.18);
    }
  } catch {
    // No audio device or not allowed: the bell's count still shows.
  }
}

export type DesktopSupport = 'app' | 'granted' | 'ask' | 'denied' | 'none';

/** Whether this desk can show operating-system notifications, and how. */
export function desktopSupport(): DesktopSupport {
  if (window.towngrid) return 'app';
  if (typeof Notification === 'undefined') return 'none';
  return Notification.permission === 'granted' ? 'granted' : Notification.permission === 'denied' ? 'denied' : 'ask';
}

/** Shows the notice; `open` runs when the person clicks it. */
export function showDesktopNotice(notice: { title: string; body: string }, open: () => void): void {
  const support = desktopSupport();
  if (support === 'app') {
    void window.towngrid!.notify(notice).then((clicked) => clicked && open());
  } else if (support === 'granted') {
    const n = new Notification(notice.title, { body: notice.body });
    n.onclick = () => {
      window.focus();
      open();
      n.close();
    };
  }
}
