/**
 * Exact decimal numbers: `units / 10^scale` with a bigint numerator. Goal and
 * indicator figures are decimals as written (`1.10`, `99.9999`), and products
 * of decimals are decimals, so every comparison and every cost sum here is
 * exact — no binary floating point ever touches a figure or an amount.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** `1,000.50`, `99.9999`, `.5` → exact value; undefined for anything else. */
export function parseDecimal(written: string): Decimal | undefined {
  const s = written.replaceAll(',', '').trim();
  const m = DECIMAL.exec(s.startsWith('.') ? `0${s}` : s);
  if (!m) return undefined;
  const frac = m[2] ?? '';
  return { units: BigInt(m[1]! + frac), scale: frac.length };
}

export function dec(n: bigint | number, scale = 0): Decimal {
  return { units: BigInt(n), scale };
}

export const ZERO: Decimal = dec(0);

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Multiply by 10^k (k may be negative: a division by a power of ten stays exact). */
export function shift(a: Decimal, k: number): Decimal {
  if (k >= 0 && a.scale >= k) return { units: a.units, scale: a.scale - k };
  if (k >= 0) return { units: a.units * 10n ** BigInt(k - a.scale), scale: 0 };
  return { units: a.units, scale: a.scale - k };
}

export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, ZERO);
}

/** Plain decimal text without trailing zeros: `215`, `0.1`, `413.4328`. */
export function formatDecimal(a: Decimal): string {
  const neg = a.units < 0n;
  let digits = (neg ? -a.units : a.units).toString();
  let scale = a.scale;
  while (scale > 0 && digits.endsWith('0') && digits.length > 1) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (scale > 0 && digits === '0') scale = 0;
  if (scale === 0) return (neg ? '-' : '') + digits;
  const padded = digits.padStart(scale + 1, '0');
  return `${neg ? '-' : ''}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/** With thousands separators in the integer part, as amounts are printed: `2,810,000`. */
export function formatGrouped(a: Decimal): string {
  const s = formatDecimal(a);
  const [int, frac] = s.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** a / b when the quotient is a finite decimal (dividing by 1000, by 8, by 1.25); undefined otherwise (by 3, by 60). */
export function divExact(a: Decimal, b: Decimal): Decimal | undefined {
  if (b.units === 0n) return undefined;
  // a/b = (a.units / b.units) × 10^(b.scale − a.scale); find k with a.units × 10^k divisible by b.units.
  for (let k = 0; k <= 24; k++) {
    const n = a.units * 10n ** BigInt(k);
    if (n % b.units === 0n) return { units: n / b.units, scale: a.scale - b.scale + k };
  }
  return undefined;
}
