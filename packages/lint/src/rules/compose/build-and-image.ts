import { servicePointer, services } from '../../_compose.js';
import { imageBaseName, parseImage } from '../../_image.js';
import { defineRule } from '../../define-rule.js';

interface Options {
  images: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'compose/build-and-image',
    description:
      'A service that is built is tagged with the name of a public image, which then shadows it locally and is pushed under a name the project does not own.',
    severity: 'warning',
    scope: 'file',
    fixable: false,
    messages: {
      shadows: '{{service}}: the build is tagged {{image}}, the name of a public image; name it after the project or drop image',
    },
    schema: {
      type: 'object',
      properties: { images: { type: 'array', items: { type: 'string' }, description: 'Public image names to protect.' } },
      additionalProperties: false,
    },
    defaultOptions: {
      images: [
        'alpine', 'busybox', 'caddy', 'debian', 'golang', 'haproxy', 'httpd', 'mariadb', 'mongo', 'mysql', 'nginx',
        'node', 'openjdk', 'eclipse-temurin', 'php', 'postgres', 'python', 'rabbitmq', 'redis', 'ruby', 'rust',
        'traefik', 'ubuntu',
      ],
    },
  },
  create(context) {
    for (const [name, service] of services(context.target.data)) {
      const image = service.image;
      // `pull_policy` says the user thought about where the image comes from.
      if (service.build === undefined || typeof image !== 'string' || service.pull_policy !== undefined) continue;
      if (parseImage(image).repository.includes('/')) continue;
      if (!context.options.images.includes(imageBaseName(image))) continue;
      context.report({ messageId: 'shadows', data: { service: name, image }, pointer: servicePointer(name, 'image'), service: name });
    }
  },
});
