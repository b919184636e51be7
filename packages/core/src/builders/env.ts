/** A variable name Compose can interpolate: a letter or underscore, then letters, digits or underscores. */
const NAME = /^[_A-Za-z][_A-Za-z0-9]*$/;

function checkName(name: string): void {
  if (!NAME.test(name)) {
    throw new TypeError(`env: "${name}" is not a valid variable name (letters, digits and _, not starting with a digit)`);
  }
}

// Compose ends a reference at the `}` that balances its `${`: an unbalanced `}` in a fallback or message would
// end it early and leak the rest into the value.
function checkBraces(text: string, what: string): void {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) break;
  }
  if (depth !== 0) throw new TypeError(`env: the ${what} "${text}" has unbalanced braces`);
}

/**
 * Refers to a variable of the environment `docker compose` runs in (shell or `.env`), so the value itself is
 * never written into the generated file.
 *
 * The fallback is itself interpolated by Compose, so it may hold another reference:
 * `env.ref('HOST', env.ref('DEFAULT_HOST'))` gives `${HOST:-${DEFAULT_HOST}}`.
 *
 * @param name - the variable's name, e.g. `'DATABASE_URL'`
 * @param fallback - used when the variable is unset or empty
 * @returns `${NAME}`, or `${NAME:-fallback}` with a fallback
 * @example env.ref('PORT', 8000) // '${PORT:-8000}'
 */
function ref<const N extends string>(name: N): `\${${N}}`;
function ref<const N extends string, const F extends string | number>(name: N, fallback: F): `\${${N}:-${F}}`;
function ref(name: string, fallback?: string | number): string {
  checkName(name);
  if (fallback !== undefined) checkBraces(String(fallback), `fallback of ${name}`);
  return fallback === undefined ? `\${${name}}` : `\${${name}:-${fallback}}`;
}

/**
 * Refers to a variable that must be set when `docker compose` runs: Compose stops with the message when it is
 * unset or empty. Use it for secrets, so a password is required at deploy time and never committed.
 *
 * @param name - the variable's name, e.g. `'MYSQL_ROOT_PASSWORD'`
 * @param message - what Compose prints when the variable is missing; defaults to `NAME is required`
 * @returns `${NAME:?message}`
 * @example env.required('DB_PASSWORD') // '${DB_PASSWORD:?DB_PASSWORD is required}'
 */
function required<const N extends string>(name: N, message?: string): `\${${N}:?${string}}` {
  checkName(name);
  const text = message ?? `${name} is required`;
  checkBraces(text, `message of ${name}`);
  return `\${${name}:?${text}}`;
}

/** References to variables of the environment Compose runs in: `env.ref` and `env.required`. */
export const env = { ref, required } as const;

/** A value that is an interpolation reference such as `${NAME}`, `${NAME:-x}` or `${NAME:?message}`. */
export type EnvReference = `\${${string}}`;
