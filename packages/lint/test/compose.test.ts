import bindAllInterfaces from '../src/rules/compose/bind-all-interfaces.js';
import buildAndImage from '../src/rules/compose/build-and-image.js';
import explicitImageTag from '../src/rules/compose/explicit-image-tag.js';
import obsoleteVersion from '../src/rules/compose/obsolete-version.js';
import projectName from '../src/rules/compose/project-name.js';
import type { Rule } from '@compose-gen/lint';
import { ruleTester } from './_rule-tester.js';

const r = (rule: unknown): Rule<unknown> => rule as Rule<unknown>;

ruleTester(r(buildAndImage), {
  valid: [
    { name: 'image names the build result', code: 'services:\n  web:\n    build: .\n    image: registry.example/team/web:1.0\n' },
    { name: 'project image name', code: 'services:\n  web:\n    build: .\n    image: myapp\n' },
    { name: 'pull_policy given', code: 'services:\n  web:\n    build: .\n    image: nginx:1.27\n    pull_policy: build\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    build: ./nginx\n    image: nginx:1.27\n',
      errors: [{ messageId: 'shadows', line: 4, column: 12, data: { service: 'web', image: 'nginx:1.27' } }],
    },
  ],
});

ruleTester(r(obsoleteVersion), {
  valid: [{ code: 'services: {}\n' }],
  invalid: [
    {
      code: "# app\nversion: '3.8'\nservices:\n  web:\n    image: a:1 # pinned\n",
      errors: [{ messageId: 'obsolete', line: 2, column: 1, severity: 'info' }],
      output: '# app\nservices:\n  web:\n    image: a:1 # pinned\n',
    },
  ],
});

ruleTester(r(projectName), {
  valid: [{ code: 'name: shop\nservices: {}\n' }],
  invalid: [{ code: 'services: {}\n', errors: [{ messageId: 'missing', line: 1, column: 1 }] }],
});

ruleTester(r(explicitImageTag), {
  valid: [
    { code: 'services:\n  a:\n    image: nginx:1.27\n  b:\n    image: nginx@sha256:0123\n  c:\n    image: ${IMAGE}\n' },
    { code: 'services:\n  a:\n    image: registry:5000/team/app:${TAG:-1.0}\n' },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: nginx\n  b:\n    image: registry:5000/app:latest\n',
      errors: [
        { messageId: 'noTag', line: 3, column: 12, data: { service: 'a', image: 'nginx' } },
        { messageId: 'moving', line: 5, column: 12, data: { service: 'b', image: 'registry:5000/app:latest', tag: 'latest' } },
      ],
    },
    { code: 'services:\n  a:\n    image: app:nightly\n', options: { prohibited: ['nightly'] }, errors: [{ messageId: 'moving', line: 3, column: 12 }] },
  ],
});

ruleTester(r(bindAllInterfaces), {
  valid: [{ code: 'services:\n  a:\n    ports: ["127.0.0.1:8080:80", "[::1]:8081:80"]\n' }],
  invalid: [
    {
      code: 'services:\n  a:\n    ports:\n      - "8080:80"\n      - 9000\n',
      errors: [
        { messageId: 'unbound', line: 4, column: 9, data: { service: 'a', port: '8080:80' } },
        { messageId: 'unbound', line: 5, column: 9, data: { service: 'a', port: '9000' } },
      ],
    },
  ],
});
