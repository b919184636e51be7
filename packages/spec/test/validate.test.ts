import { describe, expect, it } from 'vitest';
import { parseCompose } from '../src/parse.js';
import { validateCompose, validateModel } from '../src/validate.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const validate = (text: string) =>
  validateCompose(parseCompose(text, { file: 'compose.yaml' })).map((d) => ({ ruleId: d.ruleId, line: d.line, column: d.column, message: d.message }));
const web = (...body: string[]) => yaml('services:', '  web:', '    image: nginx', ...body);

describe('schema findings read as one sentence at the offending line', () => {
  it.each([
    ['a duration given as a number', web('    healthcheck:', '      interval: 30'),
      { ruleId: 'schema/type', line: 5, column: 17, message: 'services.web.healthcheck.interval must be a duration string such as "10s"; got the number 30' }],
    ['a misspelt service property, at the key', yaml('services:', '  web:', '    build: .', '    imgae: nginx'),
      { ruleId: 'schema/unknown-property', line: 4, column: 5, message: 'services.web has an unknown property "imgae"; did you mean "image"?' }],
    ['a misspelt top-level key', yaml('servics:', '  web: {image: x}'),
      { ruleId: 'schema/unknown-property', line: 1, column: 1, message: 'the file has an unknown top-level key "servics"; did you mean "services"?' }],
    ['an unknown key with no near match', web('    frobnicate: true'),
      { ruleId: 'schema/unknown-property', line: 4, column: 5, message: 'services.web has an unknown property "frobnicate"' }],
    ['a misspelt build option inside the mapping form of build', web('    build:', '      context: .', '      dockerfil: Dockerfile'),
      { ruleId: 'schema/unknown-property', line: 6, column: 7, message: 'services.web.build has an unknown property "dockerfil"; did you mean "dockerfile"?' }],
    ['an enum value with a typo', web('    depends_on:', '      db:', '        condition: service_helthy', '  db: {image: x}'),
      { ruleId: 'schema/enum', line: 6, column: 20, message: 'services.web.depends_on.db.condition must be "service_started", "service_healthy" or "service_completed_successfully"; got the string "service_helthy"; did you mean "service_healthy"?' }],
    ['a list where a string belongs', yaml('services:', '  web:', '    image: [nginx]'),
      { ruleId: 'schema/type', line: 3, column: 12, message: 'services.web.image must be a string such as "mysql:8.0"; got a list' }],
    ['a string where a mapping or list belongs (oneOf collapsed)', web('    environment: "FOO=1"'),
      { ruleId: 'schema/type', line: 4, column: 18, message: 'services.web.environment must be a mapping or a list; got the string "FOO=1"' }],
    ['a null build.ssh (oneOf branch that got furthest)', web('    build:', '      context: .', '      ssh:'),
      { ruleId: 'schema/type', line: 6, column: 11, message: 'services.web.build.ssh must be a mapping or a list; got null' }],
    ['a required property missing, at the parent key', web('    develop:', '      watch:', '        - path: ./src'),
      { ruleId: 'schema/required', line: 6, column: 11, message: 'services.web.develop.watch[0] is missing the required property "action"' }],
    ['a repeated list item, at the repeat', web('    ports: ["80:80", "80:80"]'),
      { ruleId: 'schema/unique', line: 4, column: 22, message: 'services.web.ports lists the string "80:80" twice (items 0 and 1)' }],
    ['a number below its minimum', web('    volumes:', '      - type: tmpfs', '        target: /t', '        tmpfs:', '          size: -1'),
      { ruleId: 'schema/range', line: 8, column: 17, message: 'services.web.volumes[0].tmpfs.size must be at least 0; got the number -1' }],
    ['services as a list', yaml('services:', '  - web'),
      { ruleId: 'schema/type', line: 2, column: 3, message: 'services must be a mapping; got a list' }],
    ['a project name as a number', yaml('name: 123', 'services: {}'),
      { ruleId: 'schema/type', line: 1, column: 7, message: 'name must be a string such as "myapp"; got the number 123' }],
    ['a service name with a space', yaml('services:', '  "web app":', '    image: x'),
      { ruleId: 'schema/invalid-name', line: 2, column: 3, message: 'services has an invalid name "web app"; names may use only letters, digits, ".", "_" and "-"' }],
    ['a number where a command belongs, null said last', web('    command: 123'),
      { ruleId: 'schema/type', line: 4, column: 14, message: 'services.web.command must be a string, a list or null; got the number 123' }],
    ['a depends_on entry that is not a mapping (the mapping branch got furthest)', web('    depends_on: {db: "service_started"}', '  db: {image: y}'),
      { ruleId: 'schema/type', line: 4, column: 22, message: 'services.web.depends_on.db must be a mapping; got the string "service_started"' }],
    ['extends without service', web('    extends:', '      file: base.yml'),
      { ruleId: 'schema/required', line: 4, column: 5, message: 'services.web.extends is missing the required property "service"' }],
    ['a nested oneOf inside a oneOf', web('    networks: {default: "x"}'),
      { ruleId: 'schema/type', line: 4, column: 25, message: 'services.web.networks.default must be a mapping or null; got the string "x"' }],
    ['a boolean where a port is published', web('    ports: [{target: 80, published: true}]'),
      { ruleId: 'schema/type', line: 4, column: 37, message: 'services.web.ports[0].published must be a string or an integer; got the boolean true' }],
    ['a string that misses its pattern', web('    pull_policy: sometimes'),
      { ruleId: 'schema/pattern', line: 4, column: 18, message: 'services.web.pull_policy must have the expected form, such as "missing"; got the string "sometimes"' }],
    ['an enum branch of a oneOf when the string fits its type', web('    gpus: some'),
      { ruleId: 'schema/enum', line: 4, column: 11, message: 'services.web.gpus must be "all"; got the string "some"' }],
  ])('%s', (_name, text, expected) => {
    expect(validate(text)).toEqual([expected]);
  });

  it('finds nothing in a valid file', () => {
    expect(validate(web('    ports: ["8080:80"]', '    healthcheck:', '      test: ["CMD", "true"]', '      interval: 30s'))).toEqual([]);
  });
});

describe('validateCompose and validateModel', () => {
  it('leaves out values tagged !reset, as Compose drops them', () => {
    expect(validate(web('    build: !reset null'))).toEqual([]);
    expect(validate(web('    build: null'))[0]?.ruleId).toBe('schema/type');
  });

  it('returns nothing for a file that did not parse (its parse findings say why)', () => {
    expect(validateCompose(parseCompose('services: [', { file: 'c.yaml' }))).toEqual([]);
  });

  it('places findings at line 1 without locate, and uses locate when given', () => {
    const model = { services: { web: { image: 'nginx', depends_on: ['db'] } } };
    expect(validateModel(model, { file: 'merged.yaml' })).toEqual([
      {
        ruleId: 'ref/undefined-service',
        severity: 'error',
        message: 'services.web.depends_on names the service "db", which is not defined under services',
        file: 'merged.yaml',
        line: 1,
        column: 1,
        path: '/services/web/depends_on/0',
        service: 'web',
      },
    ]);
    const locate = (pointer: string) => ({ file: 'prod.yaml', line: pointer.split('/').length, column: 3, endLine: 9, endColumn: 9 });
    expect(validateModel(model, { file: 'merged.yaml', locate })[0]).toMatchObject({ file: 'prod.yaml', line: 5, column: 3 });
  });

  it.each([undefined, null, 42, 'text', [], [1, 2]])('never throws on a model of %j', (model) => {
    const found = validateModel(model, { file: 'x.yaml' });
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.ruleId).toBe('schema/type');
  });

  it('treats __proto__ and constructor as service names', () => {
    const text = yaml('services:', '  __proto__:', '    image: x', '    depends_on: [constructor]', '  constructor:', '    image: y', '    depends_on: [toString]');
    expect(validate(text)).toEqual([
      { ruleId: 'ref/undefined-service', line: 7, column: 18, message: 'services.constructor.depends_on names the service "toString", which is not defined under services' },
    ]);
  });
});
