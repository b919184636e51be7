import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, ANNOTATION_KEYWORDS } from '../../../scripts/gen.mjs';
import { COMPOSE_SCHEMA_ID } from '../src/index.js';
import { OUR_SCHEMA_FILE, readJson, type Schema, walkProperties, type PropertyVisit } from './_schema-walk.js';

const schema = readJson(OUR_SCHEMA_FILE);
const DOCS = 'https://docs.docker.com/reference/compose-file/';

const properties: PropertyVisit[] = [];
walkProperties(schema, (entry) => properties.push(entry));
const definitions = Object.entries(schema.definitions as Record<string, Schema>);

// The Compose Specification deprecates these; nothing else.
const DEPRECATED = ['version', 'networks.*.external.name', 'volumes.*.external.name', 'secrets.*.external.name', 'configs.*.external.name'];

function ajv(): Ajv {
  const instance = new Ajv(AJV_OPTIONS);
  instance.addVocabulary(ANNOTATION_KEYWORDS);
  return instance;
}

// A sub-schema validated on its own still needs the root's definitions for its `$ref`s.
const standalone = (sub: Schema): Schema => ({ ...sub, definitions: schema.definitions });

// Editors replace `${1:db}` by `db` and drop bare tab stops; the result is what the user starts from.
const expandSnippet = (body: unknown): unknown =>
  JSON.parse(JSON.stringify(body).replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, ''));

const linkOf = (text: unknown): string | undefined => /Reference: (\S+)$/.exec(String(text))?.[1];

describe('schemas/compose.schema.json for people', () => {
  it('compiles in ajv strict mode, with its own stable $id', () => {
    expect(() => ajv().compile(schema)).not.toThrow();
    expect(schema.$id).toBe(COMPOSE_SCHEMA_ID);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('documents a few hundred properties', () => {
    console.log(`schema quality: ${properties.length} property paths, ${definitions.length} definitions checked`);
    expect(properties.length).toBeGreaterThan(300);
  });

  it.each(properties.map((entry) => [entry.path, entry] as const))('%s has a description and a markdownDescription linking to the reference', (_, { name, schema: property }) => {
    expect(typeof property.description).toBe('string');
    expect(typeof property.markdownDescription).toBe('string');
    const url = linkOf(property.description);
    expect(url?.startsWith(DOCS)).toBe(true);
    expect(property.markdownDescription).toContain(`](${url})`);
    expect(String(property.description).length).toBeGreaterThan(`Reference: ${url}`.length + 10);
    // Plain description for editors without markdown: no backticks left over.
    expect(property.description).not.toContain('`');
    if (url?.includes('#') && !name.startsWith('x-')) expect(url).toMatch(/#[a-z0-9_-]+$/);
  });

  it.each(definitions)('definition %s has a title and a description', (_, definition) => {
    expect(typeof definition.title).toBe('string');
    expect(linkOf(definition.description)?.startsWith(DOCS)).toBe(true);
    expect(typeof definition.markdownDescription).toBe('string');
  });

  it('marks exactly the deprecated properties, and says what to do instead', () => {
    const marked = properties.filter((entry) => entry.schema.deprecated === true);
    expect(marked.map((entry) => entry.path).sort()).toEqual([...DEPRECATED].sort());
    for (const entry of marked) expect(String(entry.schema.description)).toMatch(/^(Obsolete|.*Deprecated)/);
  });

  it('has examples that its own rules accept', () => {
    const withExamples = properties.filter((entry) => Array.isArray(entry.schema.examples));
    expect(withExamples.length).toBeGreaterThan(40);
    const instance = ajv();
    const rejected = withExamples.flatMap(({ path, schema: property }) => {
      const validate = instance.compile(standalone(property));
      return (property.examples as unknown[]).filter((example) => !validate(example)).map((example) => ({ path, example }));
    });
    expect(rejected).toEqual([]);
  });

  it.each([
    ['a service', 'service'],
    ['a healthcheck', 'healthcheck'],
    ['depends_on with a condition', 'depends_on'],
    ['a depends_on condition', 'service_dependency'],
  ])('offers editor snippets for %s that its rules accept', (_, name) => {
    const definition = (schema.definitions as Record<string, Schema>)[name] as Schema;
    const snippets = definition.defaultSnippets as { label: string; body: unknown }[];
    expect(snippets.length).toBeGreaterThan(0);
    const validate = ajv().compile(standalone(definition));
    for (const snippet of snippets) {
      expect(typeof snippet.label).toBe('string');
      expect(validate(expandSnippet(snippet.body)), snippet.label).toBe(true);
    }
  });
});
