import { defineCompose, django, mysql, nginxProxy } from 'compose-gen';

const project = 'django-rest-framework-14th';

/**
 * The proxy in front of Django in production. config/nginx/nginx.conf is `nginxProxyConf(proxy)`: the
 * example's test keeps the two equal, so the port and the static path are stated once.
 */
export const proxy = {
  build: './config/nginx',
  upstream: 'web',
  upstreamPort: 8000,
  staticVolume: 'static',
  // Django's STATIC_ROOT (BASE_DIR / 'static' with the project at /app): collectstatic fills the volume here.
  staticPath: '/app/static',
  port: 80,
} as const;

export default defineCompose({
  targets: {
    dev: 'docker-compose.yml',
    prod: { file: 'docker-compose.prod.yml', production: true },
  },
  services: {
    // Development only: in production the database runs outside this host.
    db: {
      only: ['dev'],
      container_name: 'db',
      ...mysql({ version: '5.7', rootPassword: 'mysql', rootHost: '%', port: 3307, volume: 'dbdata', healthcheck: false }),
      restart: 'always',
      expose: [3306],
      env_file: ['.env'],
    },
    web: {
      container_name: 'web',
      restart: 'always',
      overrides: {
        dev: {
          ...django({ mode: 'dev', project, port: proxy.upstreamPort }),
          environment: {
            MYSQL_ROOT_PASSWORD: 'mysql',
            DATABASE_NAME: 'mysql',
            DATABASE_USER: 'root',
            DATABASE_PASSWORD: 'mysql',
            DATABASE_PORT: 3306,
            DATABASE_HOST: 'db',
            DJANGO_SETTINGS_MODULE: `${project}.settings.dev`,
          },
          depends_on: ['db'],
        },
        prod: {
          ...django({ mode: 'prod', project, port: proxy.upstreamPort, staticVolume: proxy.staticVolume, staticPath: proxy.staticPath }),
          // Production settings (database, secret key, DJANGO_SETTINGS_MODULE) come from the server's .env.
          env_file: ['.env'],
        },
      },
    },
    nginx: {
      only: ['prod'],
      container_name: 'nginx',
      ...nginxProxy(proxy),
      restart: 'always',
    },
  },
  volumes: {
    dbdata: { only: ['dev'] },
    static: { only: ['prod'] },
  },
});
