type Unit = 'ns' | 'us' | 'ms' | 's' | 'm' | 'h';

/** A Compose duration: a number and a unit, or hours, minutes and seconds together, e.g. `'10s'`, `'1m30s'`. */
export type Duration =
  | `${number}${Unit}`
  | `${number}h${number}m`
  | `${number}m${number}s`
  | `${number}h${number}m${number}s`;

/** Options of {@link healthcheck}. */
export interface HealthcheckOptions {
  /**
   * The probe. A string runs in the container's shell (`CMD-SHELL`); a list runs without a shell and gets
   * `CMD` in front unless it already starts with `CMD`, `CMD-SHELL` or `NONE`.
   */
  test: string | readonly string[];
  /** Time between probes (Compose's default: 30s). */
  interval?: Duration;
  /** How long one probe may take (default: 30s). */
  timeout?: Duration;
  /** Failed probes in a row that make the container unhealthy (default: 3). */
  retries?: number;
  /** Grace period after start during which failures do not count (default: 0s). */
  start_period?: Duration;
}

/** A recipe's healthcheck: `false` leaves it out; fields given replace the recipe's defaults one by one. */
export type HealthcheckChoice = false | Partial<HealthcheckOptions>;

// A type alias, not an interface: it must be assignable to Compose's Healthcheck with its `x-*` index signature.
/** The healthcheck mapping {@link healthcheck} returns, with Compose's field names. */
export type Healthcheck = {
  test: string | string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
};

const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;
const FORMS = new Set(['CMD', 'CMD-SHELL', 'NONE']);

/**
 * Builds a service's `healthcheck` mapping, checking the durations and the probe's form, so a mistake shows
 * when the config runs instead of when `docker compose up` does.
 *
 * @returns the mapping with only the fields given, in the order `test, interval, timeout, retries, start_period`
 * @example healthcheck({ test: ['redis-cli', 'ping'], interval: '10s' }) // { test: ['CMD', 'redis-cli', 'ping'], interval: '10s' }
 */
export function healthcheck(options: HealthcheckOptions): Healthcheck {
  const { test } = options;
  if (typeof test === 'string' ? test.trim() === '' : test.length === 0) {
    throw new TypeError('healthcheck: test must be a command, not empty');
  }
  const result: Healthcheck = {
    test: typeof test === 'string' ? test : FORMS.has(test[0] ?? '') ? [...test] : ['CMD', ...test],
  };
  for (const key of ['interval', 'timeout'] as const) {
    const value = options[key];
    if (value !== undefined) result[key] = checkDuration(key, value);
  }
  if (options.retries !== undefined) {
    if (!Number.isInteger(options.retries) || options.retries < 0) {
      throw new RangeError(`healthcheck: retries must be a whole number >= 0, got ${options.retries}`);
    }
    result.retries = options.retries;
  }
  if (options.start_period !== undefined) result.start_period = checkDuration('start_period', options.start_period);
  return result;
}

function checkDuration(key: string, value: string): string {
  if (!DURATION.test(value)) {
    throw new RangeError(`healthcheck: ${key} "${value}" is not a duration such as "10s", "500ms" or "1m30s"`);
  }
  return value;
}
