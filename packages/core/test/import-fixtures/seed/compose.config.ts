import { defineCompose, mysql } from 'compose-gen';

export default defineCompose({
  targets: {
    dev: 'docker-compose.yml',
    // Production: no database container (the app talks to a managed MySQL), nginx in front of gunicorn.
    prod: { file: 'docker-compose.prod.yml', production: true },
  },
  services: {
    db: {
      only: ['dev'],
      ...mysql({
        version: '5.7',
        rootPassword: 'mysql',
        rootHost: '%',
        port: 3307,
        volume: 'dbdata',
        healthcheck: false,
      }),
      container_name: 'db',
      restart: 'always',
      expose: [3306],
      env_file: ['.env'],
    },
    web: {
      container_name: 'web',
      build: '.',
      restart: 'always',
      overrides: {
        dev: {
          command: 'sh -c "python manage.py migrate && python manage.py runserver 0.0.0.0:8000"',
          environment: {
            MYSQL_ROOT_PASSWORD: 'mysql',
            DATABASE_NAME: 'mysql',
            DATABASE_USER: 'root',
            DATABASE_PASSWORD: 'mysql',
            DATABASE_PORT: 3306,
            DATABASE_HOST: 'db',
            DJANGO_SETTINGS_MODULE: 'django-rest-framework-14th.settings.dev',
          },
          ports: ['8000:8000'],
          volumes: ['.:/app'],
          depends_on: ['db'],
        },
        prod: {
          command: 'gunicorn django-rest-framework-14th.wsgi:application --bind 0.0.0.0:8000',
          // collectstatic runs before gunicorn starts
          entrypoint: ['sh', 'config/docker/entrypoint.prod.sh'],
          env_file: ['.env'],
          environment: { DJANGO_SETTINGS_MODULE: 'django-rest-framework-14th.settings.prod' },
          expose: [8000],
          volumes: ['static:/app/static'],
        },
      },
    },
    nginx: {
      only: ['prod'],
      container_name: 'nginx',
      build: './config/nginx',
      restart: 'always',
      ports: ['80:80'],
      volumes: ['static:/app/static'],
      depends_on: ['web'],
    },
  },
  volumes: {
    app: { only: ['dev'] },
    dbdata: { only: ['dev'] },
    static: { only: ['prod'] },
  },
});
