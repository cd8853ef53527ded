// The alarm's sound: a two-tone pattern from WebAudio (no audio file), repeated while the alarm
// is up. Browsers start audio only after a click unless the display allows autoplay (the desktop
// app's board window does); when blocked, the alarm shows 「点击开启警报声音」 and one click
// starts it. One AudioContext per page, reused; every tone's nodes are let go when it ends.
import { useEffect, useState } from 'react';

export type AlarmSoundState = 'unavailable' | 'blocked' | 'on';

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  const Ctor = typeof window !== 'undefined' ? window.AudioContext : undefined;
  if (!Ctor) return null;
  context = new Ctor();
  return context;
}

const PATTERN = [
  { hz: 960, at: 0 },
  { hz: 720, at: 0.32 },
  { hz: 960, at: 0.64 },
  { hz: 720, at: 0.96 },
];
const TONE = 0.26;
const EVERY_MS = 2600;

function playPattern(ctx: AudioContext): void {
  const t0 = ctx.currentTime + 0.02;
  for (const p of PATTERN) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'square';
    osc.frequency.value = p.hz;
    gain.gain.setValueAtTime(0, t0 + p.at);
    gain.gain.linearRampToValueAtTime(0.18, t0 + p.at + 0.02);
    gain.gain.linearRampToValueAtTime(0, t0 + p.at + TONE);
    osc.connect(gain).connect(ctx.destination);
    osc.onended = () => {
      osc.disconnect();
      gain.disconnect();
    };
    osc.start(t0 + p.at);
    osc.stop(t0 + p.at + TONE + 0.02);
  }
}

/** Sounds the alarm while `active`; `enable` is the click that unblocks audio. */
export function useAlarmSound(active: boolean): { state: AlarmSoundState; enable: () => void } {
  const [state, setState] = useState<AlarmSoundState>(() => (audio() ? 'blocked' : 'unavailable'));

  useEffect(() => {
    const ctx = audio();
    if (!ctx) return;
    const sync = () => setState(ctx.state === 'running' ? 'on' : 'blocked');
    ctx.addEventListener('statechange', sync);
    sync();
    return () => ctx.removeEventListener('statechange', sync);
  }, []);

  useEffect(() => {
    const ctx = audio();
    if (!active || !ctx) return;
    // Allowed without a click where the display permits autoplay; otherwise stays suspended.
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    const tick = () => {
      if (ctx.state === 'running') playPattern(ctx);
    };
    tick();
    const timer = setInterval(tick, EVERY_MS);
    return () => clearInterval(timer);
  }, [active]);

  return {
    state,
    enable: () => {
      void audio()?.resume().catch(() => undefined);
    },
  };
}
