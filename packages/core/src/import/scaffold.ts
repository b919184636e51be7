import { quote } from './_code.js';

/** The starting points `compose-gen init` offers. */
export const SCAFFOLD_RECIPES = ['django-mysql-nginx', 'node-postgres', 'blank'] as const;
export type ScaffoldRecipe = (typeof SCAFFOLD_RECIPES)[number];

export interface ScaffoldOptions {
  recipe: ScaffoldRecipe;
  /** The project's name: the Django project package for `django-mysql-nginx`, the database of `node-postgres`. */
  name: string;
  /**
   * Written as the config's top-level `name` (the Compose project name) when given. Left out by default:
   * docker-compose 1.x rejects a top-level `name`, and Compose takes the directory's name without it.
   */
  composeName?: string;
  /** Where the helpers are imported from (default `compose-gen`). */
  from?: string;
}

const TARGETS = [
  '  targets: {',
  "    dev: 'docker-compose.yml',",
  "    prod: { file: 'docker-compose.prod.yml', production: true },",
  '  },',
];

function django(name: string): string[] {
  return [
    `const project = ${quote(name)};`,
    '',
    'export default defineCompose({',
    ...TARGETS,
    '  services: {',
    '    // Development only: in production the database runs outside this host.',
    '    db: {',
    "      only: ['dev'],",
    "      ...mysql({ version: '8.4', rootPassword: env.required('MYSQL_ROOT_PASSWORD'), volume: 'dbdata' }),",
    "      restart: 'unless-stopped',",
    '    },',
    '    web: {',
    "      restart: 'unless-stopped',",
    '      overrides: {',
    '        dev: {',
    "          ...django({ mode: 'dev', project }),",
    '          environment: {',
    "            DJANGO_SETTINGS_MODULE: `${project}.settings.dev`,",
    "            DATABASE_HOST: 'db',",
    "            DATABASE_PASSWORD: env.required('MYSQL_ROOT_PASSWORD'),",
    '          },',
    "          depends_on: { db: { condition: 'service_healthy' } },",
    '        },',
    '        prod: {',
    "          ...django({ mode: 'prod', project, staticVolume: 'static' }),",
    '          // Production settings (database, secret key, DJANGO_SETTINGS_MODULE) come from the server\'s .env.',
    "          env_file: ['.env'],",
    '        },',
    '      },',
    '    },',
    '    nginx: {',
    "      only: ['prod'],",
    "      ...nginxProxy({ build: './config/nginx', upstream: 'web', upstreamPort: 8000, staticVolume: 'static' }),",
    "      restart: 'unless-stopped',",
    '    },',
    '  },',
    '  volumes: {',
    "    dbdata: { only: ['dev'] },",
    "    static: { only: ['prod'] },",
    '  },',
    '});',
  ];
}

function node(name: string): string[] {
  return [
    'export default defineCompose({',
    ...TARGETS,
    '  services: {',
    '    db: {',
    `      ...postgres({ version: '17-alpine', password: env.required('POSTGRES_PASSWORD'), database: ${quote(name)}, volume: 'pgdata' }),`,
    "      restart: 'unless-stopped',",
    '    },',
    '    app: {',
    "      build: '.',",
    '      environment: {',
    `        DATABASE_URL: ${quote(`postgres://postgres:\${POSTGRES_PASSWORD}@db:5432/${name}`)},`,
    "        NODE_ENV: 'production',",
    '      },',
    "      depends_on: { db: { condition: 'service_healthy' } },",
    "      restart: 'unless-stopped',",
    '      overrides: {',
    '        dev: {',
    "          command: ['npm', 'run', 'dev'],",
    "          environment: { NODE_ENV: 'development' },",
    "          ports: ['3000:3000'],",
    "          // The source is mounted for live reload; the image's node_modules stay in an anonymous volume.",
    "          volumes: ['.:/app', '/app/node_modules'],",
    '        },',
    '        prod: {',
    "          ports: ['80:3000'],",
    '        },',
    '      },',
    '    },',
    '  },',
    '  volumes: {',
    '    pgdata: {},',
    '  },',
    '});',
  ];
}

function blank(name: string): string[] {
  return [
    'export default defineCompose({',
    ...TARGETS,
    '  services: {',
    '    app: {',
    "      build: '.',",
    '      // What only one target needs goes under overrides: mappings merge, lists and values replace.',
    '      overrides: {',
    '        dev: {',
    "          ports: ['8000:8000'],",
    "          volumes: ['.:/app'],",
    '        },',
    '        prod: {',
    "          restart: 'unless-stopped',",
    '        },',
    '      },',
    '    },',
    '  },',
    '});',
  ];
}

const BODIES: Record<ScaffoldRecipe, { imports: string[]; body: (name: string) => string[] }> = {
  'django-mysql-nginx': { imports: ['defineCompose', 'django', 'env', 'mysql', 'nginxProxy'], body: django },
  'node-postgres': { imports: ['defineCompose', 'env', 'postgres'], body: node },
  blank: { imports: ['defineCompose'], body: blank },
};

/** A Compose project name: lower-case letters, digits, `-` and `_`, starting with a letter or digit. */
export function isProjectName(name: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*$/.test(name);
}

/** The compose.config.ts that `compose-gen init` writes for a recipe. */
export function scaffoldConfig(options: ScaffoldOptions): string {
  if (!isProjectName(options.name)) {
    throw new TypeError(`"${options.name}" is not a Compose project name (lower-case letters, digits, - and _)`);
  }
  if (options.recipe === 'django-mysql-nginx' && !/^[a-z_]/.test(options.name)) {
    throw new TypeError(`"${options.name}" cannot name a Django project: start it with a letter`);
  }
  if (options.composeName !== undefined && !isProjectName(options.composeName)) {
    throw new TypeError(`"${options.composeName}" is not a Compose project name (lower-case letters, digits, - and _)`);
  }
  const { imports, body } = BODIES[options.recipe];
  const lines = body(options.name);
  if (options.composeName !== undefined) {
    const open = lines.indexOf('export default defineCompose({');
    lines.splice(open + 1, 0, `  name: ${quote(options.composeName)},`);
  }
  return [`import { ${imports.join(', ')} } from ${quote(options.from ?? 'compose-gen')};`, '', ...lines, ''].join('\n');
}
