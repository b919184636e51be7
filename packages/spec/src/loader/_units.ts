const units: Record<string, number> = {
  ns: 1,
  us: 1e3,
  µs: 1e3,
  μs: 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};

/** Parses a Go / Compose duration (`1m30s`, `1.5h`, `500ms`) to nanoseconds. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;
  let total = 0;
  let end = 0;
  let m: RegExpExecArray | null;
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+]/, '');
  while ((m = re.exec(body)) !== null) {
    total += Number(m[1]) * (units[m[2] ?? ''] ?? 0);
    end = re.lastIndex;
  }
  if (end === 0 || end !== body.length) return undefined;
  return sign * Math.round(total);
}

function fraction(value: number, unit: number): string {
  const whole = Math.floor(value / unit);
  const rest = value - whole * unit;
  if (rest === 0) return String(whole);
  const digits = String(unit).length - 1;
  return `${whole}.${String(rest).padStart(digits, '0').replace(/0+$/, '')}`;
}

/** Formats nanoseconds like Go's `time.Duration.String()` (`90s` -> `1m30s`). */
export function formatDuration(ns: number): string {
  if (ns === 0) return '0s';
  if (ns < 0) return `-${formatDuration(-ns)}`;
  if (ns < 1e3) return `${ns}ns`;
  if (ns < 1e6) return `${fraction(ns, 1e3)}µs`;
  if (ns < 1e9) return `${fraction(ns, 1e6)}ms`;
  const h = Math.floor(ns / 3600e9);
  const m = Math.floor((ns - h * 3600e9) / 60e9);
  const s = ns - h * 3600e9 - m * 60e9;
  const sec = `${fraction(s, 1e9)}s`;
  if (h > 0) return `${h}h${m}m${sec}`;
  if (m > 0) return `${m}m${sec}`;
  return sec;
}

/** A duration field in Go's printed form; values it cannot read are left as they are. */
export function normalizeDuration(value: unknown): unknown {
  if (typeof value === 'number') return formatDuration(value * 1e9);
  if (typeof value !== 'string') return value;
  const ns = parseDuration(value);
  return ns === undefined ? value : formatDuration(ns);
}

const byteUnits: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** A byte size (`512m`, `1g`, `1024`) as the quoted byte count docker compose prints. */
export function normalizeBytes(value: unknown): unknown {
  if (typeof value === 'number') return String(Math.trunc(value));
  if (typeof value !== 'string') return value;
  const m = /^(\d+(?:\.\d+)*) ?([kmgtp])?i?b?$/i.exec(value.trim());
  if (!m) return value;
  return String(Math.trunc(Number(m[1]) * (byteUnits[(m[2] ?? '').toLowerCase()] ?? 1)));
}
