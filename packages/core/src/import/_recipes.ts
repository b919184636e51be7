import { mysql, postgres, postgresDataPath, redis } from '../recipes/index.js';
import { isMapping, same, type Mapping } from './_split.js';

/** A service body that a recipe call reproduces exactly: `...callee(options)` plus the keys it leaves. */
export interface RecipeMatch {
  callee: string;
  options: Mapping;
  consumed: string[];
}

interface Server {
  make: (options: never) => object;
  /** Environment variable -> recipe option. */
  env: Record<string, string>;
  port: number;
  data: (version: string) => string;
}

const SERVERS: Record<string, Server> = {
  mysql: {
    make: mysql as Server['make'],
    env: { MYSQL_ROOT_PASSWORD: 'rootPassword', MYSQL_ROOT_HOST: 'rootHost', MYSQL_DATABASE: 'database', MYSQL_USER: 'user', MYSQL_PASSWORD: 'password' },
    port: 3306,
    data: () => '/var/lib/mysql',
  },
  postgres: {
    make: postgres as Server['make'],
    env: { POSTGRES_PASSWORD: 'password', POSTGRES_USER: 'user', POSTGRES_DB: 'database' },
    port: 5432,
    data: postgresDataPath,
  },
  redis: { make: redis as Server['make'], env: {}, port: 6379, data: () => '/data' },
};

const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function single(list: unknown, pattern: RegExp): string | undefined {
  if (!Array.isArray(list) || list.length !== 1 || typeof list[0] !== 'string') return undefined;
  return pattern.exec(list[0])?.[1];
}

/** The options that could have produced `body`, read back from it; the recipe call then proves them. */
function guess(server: Server, version: string, body: Mapping): Mapping | undefined {
  const options: Mapping = { version };
  const environment = body.environment;
  if (environment !== undefined) {
    if (!isMapping(environment)) return undefined;
    for (const [key, value] of Object.entries(environment)) {
      const option = server.env[key];
      if (option === undefined || typeof value !== 'string') return undefined;
      options[option] = value;
    }
  }
  const host = single(body.ports, new RegExp(`^(\\d+|\\$\\{[^}]+\\}):${server.port}$`));
  if (host !== undefined) options.port = /^\d+$/.test(host) ? Number(host) : host;
  const name = single(body.volumes, new RegExp(`^([A-Za-z0-9][\\w.-]*):${escapeRe(server.data(version))}$`));
  if (name !== undefined) options.volume = name;
  if (body.healthcheck === undefined) options.healthcheck = false;
  const order = ['version', ...Object.values(server.env), 'port', 'volume', 'healthcheck'];
  return Object.fromEntries(order.filter((key) => key in options).map((key) => [key, options[key]]));
}

/** The recipe (mysql, postgres, redis) whose output equals part of `body` key for key, if there is one. */
export function matchRecipe(body: Mapping): RecipeMatch | undefined {
  const image = typeof body.image === 'string' ? /^(mysql|postgres|redis):([\w][\w.-]*)$/.exec(body.image) : null;
  if (!image) return undefined;
  const callee = image[1] as string;
  const server = SERVERS[callee] as Server;
  const options = guess(server, image[2] as string, body);
  if (!options) return undefined;
  let fragment: Mapping;
  try {
    fragment = { ...server.make(options as never) };
  } catch {
    return undefined;
  }
  const consumed = Object.keys(fragment);
  if (!consumed.every((key) => key in body && same(fragment[key], body[key]))) return undefined;
  return { callee, options, consumed };
}
