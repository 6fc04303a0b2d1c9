import stringWidth from 'string-width';

/** A one-line progress bar on a terminal, redrawn in place; does nothing when disabled. */
export interface Progress {
  /** Show `label done/total ▕███░░░▏ detail`. */
  update(label: string, done: number, total: number, detail: string): void;
  /** Write text (e.g. diagnostics) above the bar, which is redrawn after it. */
  print(text: string): void;
  /** Remove the bar, leaving the line empty. */
  clear(): void;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(s: string): unknown;
}

/**
 * A bar only for a person watching: stderr is a terminal, not in CI (where
 * logs keep every redraw), and not switched off with --no-progress.
 */
export function progressWanted(flag: boolean | undefined, stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return flag !== false && Boolean(stream.isTTY) && !ci && env.TERM !== 'dumb';
}

const BAR = 20;
/** Redraw at most this often (ms): drawing every one of thousands of files would cost more than it shows. */
const INTERVAL = 80;

export function createProgress(stream: ProgressStream, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled) {
    return { update() {}, print: (t) => void stream.write(t), clear() {} };
  }
  let shown = '';
  let last = -Infinity;
  let current: [string, number, number, string] | undefined;
  const draw = () => {
    if (!current) return;
    const line = progressLine(...current, Math.max(20, (stream.columns ?? 80) - 1));
    stream.write(`\r${line}\x1b[K`);
    shown = line;
    last = now();
  };
  return {
    update(label, done, total, detail) {
      current = [label, done, total, detail];
      if (done >= total || now() - last >= INTERVAL) draw();
    },
    print(text) {
      if (shown) stream.write('\r\x1b[K');
      stream.write(text);
      if (shown) draw();
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = '';
      current = undefined;
    },
  };
}

/** `汇总 123/1000 ▕████░░░░▏ 项目名称`, cut to `width` terminal columns. */
export function progressLine(label: string, done: number, total: number, detail: string, width: number): string {
  const filled = total > 0 ? Math.round((BAR * Math.min(done, total)) / total) : BAR;
  const head = `${label} ${done}/${total} ▕${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}▏`;
  const room = width - stringWidth(head) - 1;
  if (room < 2) return head;
  return `${head} ${fit(detail.replace(/\s+/g, ' '), room)}`;
}

function fit(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}
