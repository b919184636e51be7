#!/bin/sh
# Runs before the service's command (gunicorn): gather every app's static files into STATIC_ROOT,
# the volume nginx serves /static/ from, then hand the process over to the command.
set -e

python manage.py collectstatic --no-input

exec "$@"
