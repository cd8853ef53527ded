// The one-time setup code: a fresh station prints it at start, and first-run setup over HTTP
// (`system.setup`) must carry it, so a web page the operator happens to open cannot set the
// town up and make itself administrator. Wrong codes are throttled.
import { randomInt, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I
const FREE_ATTEMPTS = 5;
const BASE_LOCK_MS = 60_000;

/** Eight characters shown as `ABCD-EFGH` (32^8 ≈ 10^12 codes). */
export function newSetupCode(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export type SetupCodeCheck = { ok: true } | { ok: false; throttled: boolean; message: string };

export class SetupCodeGate {
  private failures = 0;
  private lockedUntil = 0;
  private used = false;

  constructor(
    readonly code: string,
    private readonly now: () => number = Date.now,
  ) {}

  check(given: unknown): SetupCodeCheck {
    const t = this.now();
    if (t < this.lockedUntil) {
      const minutes = Math.ceil((this.lockedUntil - t) / 60_000);
      return { ok: false, throttled: true, message: `设置码错误次数过多，请${minutes}分钟后再试` };
    }
    if (this.used) return { ok: false, throttled: false, message: '设置码已使用过：系统已完成初始化' };
    const a = Buffer.from(normalise(typeof given === 'string' ? given.slice(0, 64) : ''));
    const b = Buffer.from(normalise(this.code));
    if (a.length === b.length && timingSafeEqual(a, b)) {
      this.failures = 0;
      return { ok: true };
    }
    this.failures++;
    if (this.failures >= FREE_ATTEMPTS) {
      // 1, 2, 4 … minutes, at most an hour.
      this.lockedUntil = t + Math.min(BASE_LOCK_MS * 2 ** (this.failures - FREE_ATTEMPTS), 3_600_000);
    }
    return {
      ok: false,
      throttled: false,
      message: typeof given === 'string' && given.trim() !== '' ? '设置码不正确：请核对指挥台服务启动时显示的设置码' : '请输入设置码（指挥台服务启动时显示）',
    };
  }

  /** After a successful setup the code cannot be used again. */
  consume(): void {
    this.used = true;
  }
}
