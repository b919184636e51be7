import type { PortValue } from '../builders/port.js';
import { bind } from '../builders/mount.js';
import type { VolumeMount } from '../builders/mount.js';
import { compact, mounted, published } from './_shared.js';
import type { BuildValue } from './nginx.js';

/** Options of {@link django}. */
export interface DjangoOptions<V extends string> {
  /**
   * `dev`: migrate, then the auto-reloading `runserver`, with the source folder mounted and the port published.
   * `prod`: gunicorn behind an entrypoint script (which typically runs `collectstatic`), reachable only by
   * other services (a proxy in front publishes the site).
   */
  mode: 'dev' | 'prod';
  /** The Django project package, the one holding `wsgi.py`: gunicorn loads `<project>.wsgi:application`. */
  project: string;
  /** The port the server listens on in the container (default 8000). */
  port?: number;
  /** dev: the host port to publish it on (default: the same as `port`). */
  hostPort?: PortValue;
  /** The build context (default `.`, the folder of the compose file). */
  build?: BuildValue;
  /** Where the project lives in the image (default `/app`); dev mounts `source` there. */
  workdir?: string;
  /** dev: the host folder mounted at `workdir` so edits reload at once (default `.`). */
  source?: string;
  /** prod: the script run before the command, from `workdir` (default `config/docker/entrypoint.prod.sh`). */
  entrypoint?: string;
  /** prod: a named volume shared with the proxy that serves the collected static files. */
  staticVolume?: V;
  /** prod: where that volume is mounted; make it Django's STATIC_ROOT (default `<workdir>/static`). */
  staticPath?: string;
}

/** The service fragment {@link django} returns. */
export type DjangoFragment<V extends string> = {
  build: BuildValue;
  command: string;
  entrypoint?: string[];
  ports?: string[];
  expose?: number[];
  volumes?: (VolumeMount<V> | string)[];
};

/**
 * A Django web service. In `dev` it runs `python manage.py migrate && python manage.py runserver` through
 * `sh -c` (Compose would otherwise cut the command at `&&`); in `prod` it runs gunicorn after the entrypoint
 * script, whose last line must be `exec "$@"` to hand over to the command.
 *
 * No healthcheck is set: the usual Python images ship no HTTP client to probe with.
 *
 * @example
 * web: { ...django({ mode: 'prod', project: 'mysite', staticVolume: 'static' }) }
 */
export function django<const V extends string = never>(options: DjangoOptions<V>): DjangoFragment<V> {
  const listen = options.port ?? 8000;
  if (!Number.isInteger(listen) || listen < 1 || listen > 65535) {
    throw new RangeError(`django: port ${listen} is not a port (1-65535)`);
  }
  if (!/^[A-Za-z_][\w.-]*$/.test(options.project)) {
    throw new TypeError(`django: project "${options.project}" is not a package name`);
  }
  const workdir = (options.workdir ?? '/app').replace(/\/+$/, '');
  const build = options.build ?? '.';
  if (options.mode === 'dev') {
    return compact({
      build,
      command: `sh -c "python manage.py migrate && python manage.py runserver 0.0.0.0:${listen}"`,
      ports: published(options.hostPort ?? listen, listen),
      volumes: [bind(options.source ?? '.', workdir)],
    });
  }
  return compact({
    build,
    command: `gunicorn ${options.project}.wsgi:application --bind 0.0.0.0:${listen}`,
    entrypoint: ['sh', options.entrypoint ?? 'config/docker/entrypoint.prod.sh'],
    expose: [listen],
    volumes: mounted(options.staticVolume, options.staticPath ?? `${workdir}/static`),
  });
}
