import { defineCompose, type Service } from 'compose-gen';

const commonSettings = {
  build: { context: '.', dockerfile: './dockerfiles/django/Dockerfile-dev' },
  depends_on: {
    redis: { condition: 'service_healthy' },
    postgres: { condition: 'service_healthy' },
  },
  env_file: ['.env.local'],
  volumes: ['.:/code', 'djpkg_static_dev:/data/static', 'djpkg_media_dev:/data/media'],
} satisfies Service;

export default defineCompose({
  targets: {
    dev: 'compose.yml',
    prod: { file: 'compose.prod.yml', production: true },
  },
  services: {
    django: {
      only: ['dev'],
      ...commonSettings,
      command: ['/start-dev.sh'],
      init: true,
      ports: ['8000:8000'],
    },
    'django-q': {
      build: { context: '.' },
      init: true,
      overrides: {
        dev: {
          build: { dockerfile: './dockerfiles/django/Dockerfile-dev' },
          depends_on: {
            redis: { condition: 'service_healthy' },
            postgres: { condition: 'service_healthy' },
          },
          env_file: ['.env.local'],
          volumes: ['.:/code', 'djpkg_static_dev:/data/static', 'djpkg_media_dev:/data/media'],
          command: ['python', '-m', 'manage', 'qcluster'],
        },
        prod: {
          build: { dockerfile: './dockerfiles/django/Dockerfile' },
          user: 'django',
          depends_on: ['redis'],
          volumes: ['static:/data/static', 'media:/data/media'],
          command: 'python manage.py qcluster',
          restart: 'always',
          env_file: '.env',
          logging: { driver: 'json-file', options: { 'max-size': '400m', 'max-file': '5' } },
        },
      },
    },
    tailwind: {
      only: ['dev'],
      ...commonSettings,
      command: ['python', 'manage.py', 'tailwind', '--skip-checks', 'watch'],
      init: true,
      tty: true,
    },
    postgres: {
      only: ['dev'],
      image: 'pgautoupgrade/pgautoupgrade:17-alpine',
      env_file: ['.env.local'],
      expose: [5432],
      healthcheck: {
        test: ['CMD-SHELL', 'pg_isready -d $$POSTGRES_DB -U $$POSTGRES_USER'],
        interval: '3s',
        timeout: '3s',
        retries: 30,
      },
      init: true,
      volumes: ['.:/code', 'djpkg_postgres_data_dev:/var/lib/postgresql/data'],
    },
    redis: {
      expose: [6379],
      init: true,
      overrides: {
        dev: {
          image: 'redis:7',
          healthcheck: {
            test: ['CMD', 'redis-cli', 'ping'],
            interval: '3s',
            timeout: '3s',
            retries: 10,
          },
        },
        prod: {
          build: './dockerfiles/redis',
          restart: 'always',
          logging: { driver: 'json-file', options: { 'max-size': '100m', 'max-file': '5' } },
        },
      },
    },
    docs: {
      only: ['dev'],
      ...commonSettings,
      command: ['sh', '-c', 'mkdocs serve -f docs/mkdocs.yml --dev-addr 0.0.0.0:4000'],
      entrypoint: '',
      environment: { FAST_MODE: 'true', LIVE_RELOAD_SUPPORT: 'true' },
      init: true,
      ports: ['4000:4000'],
      profiles: ['docs'],
    },
    utility: {
      build: { context: '.' },
      init: true,
      profiles: ['utility'],
      overrides: {
        dev: {
          build: { dockerfile: './dockerfiles/django/Dockerfile-dev' },
          depends_on: {
            redis: { condition: 'service_healthy' },
            postgres: { condition: 'service_healthy' },
          },
          env_file: ['.env.local'],
          volumes: ['.:/code', 'djpkg_static_dev:/data/static', 'djpkg_media_dev:/data/media'],
          tty: true,
        },
        prod: {
          build: { dockerfile: './dockerfiles/django/Dockerfile' },
          user: 'django',
          depends_on: ['redis'],
          volumes: ['static:/data/static', 'media:/data/media'],
          env_file: '.env',
          logging: { driver: 'json-file', options: { 'max-size': '400m', 'max-file': '5' } },
        },
      },
    },
    'django-a': {
      only: ['prod'],
      init: true,
      build: { context: '.', dockerfile: './dockerfiles/django/Dockerfile' },
      user: 'django',
      depends_on: ['redis'],
      volumes: ['static:/data/static', 'media:/data/media'],
      command: '/start-web.sh',
      restart: 'always',
      env_file: '.env',
      logging: { driver: 'json-file', options: { 'max-size': '400m', 'max-file': '5' } },
    },
    'django-b': {
      only: ['prod'],
      init: true,
      build: { context: '.', dockerfile: './dockerfiles/django/Dockerfile' },
      user: 'django',
      depends_on: ['redis'],
      volumes: ['static:/data/static', 'media:/data/media'],
      command: '/start-web.sh',
      restart: 'always',
      env_file: '.env',
      logging: { driver: 'json-file', options: { 'max-size': '400m', 'max-file': '5' } },
    },
    caddy: {
      only: ['prod'],
      init: true,
      depends_on: ['django-a', 'django-b'],
      env_file: '.env',
      command: 'caddy run --adapter caddyfile --config /etc/caddy/Caddyfile',
      restart: 'always',
      image: 'caddy:2.4.3',
      ports: ['80:80', '443:443'],
      volumes: [
        './dockerfiles/caddy/Caddyfile:/etc/caddy/Caddyfile', // configuration
        '/data/djangopackages/caddy/config:/config', // configuration autosaves
        '/data/djangopackages/caddy/data:/data', // saving certificates
        'media:/data/media',
        'static:/data/static',
      ],
      logging: { driver: 'json-file', options: { 'max-size': '600m', 'max-file': '5' } },
    },
  },
  volumes: {
    djpkg_media_dev: { only: ['dev'] },
    djpkg_postgres_data_dev: { only: ['dev'] },
    djpkg_static_dev: { only: ['dev'] },
    static: { only: ['prod'] },
    media: { only: ['prod'] },
  },
});
