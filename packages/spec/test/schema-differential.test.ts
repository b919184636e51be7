import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANNOTATION_KEYWORDS } from '../../../scripts/gen.mjs';
import { validateComposeSchema } from '../src/index.js';
import { instanceOf, mutate } from './_schema-mutate.js';
import {
  corpusFiles,
  corpusManifest,
  OUR_SCHEMA_FILE,
  parseCorpusYaml,
  prng,
  propertyPaths,
  readJson,
  SHARED,
  type Schema,
} from './_schema-walk.js';

const SEED = 20260611;
const MUTATIONS_PER_FILE = 40;
const GENERATED_DOCUMENTS = 1000;
const MUTATIONS_PER_GENERATED = 10;

const ours = readJson(OUR_SCHEMA_FILE);
const upstream = readJson(join(SHARED, 'upstream', 'compose-spec.json'));
const knownKeys = [...new Set([...propertyPaths(ours)].map((path) => path.split('.').pop()?.replace(/\[\]$/, '') ?? ''))].sort();

let upstreamValidate: ValidateFunction;
beforeAll(() => {
  // The reference schema names draft-07 by an id ajv does not know; its `$schema` is dropped in memory only.
  const { $schema: _ignored, ...reference } = upstream;
  upstreamValidate = new Ajv({ allErrors: true, strict: false }).compile(reference);
});

interface Sample {
  what: string;
  data: unknown;
}

interface CorpusSamples {
  files: number;
  parseErrors: number;
  manifestMismatches: string[];
  documents: Sample[];
  mutations: Sample[];
}

function corpusSamples(): CorpusSamples {
  const manifest = corpusManifest();
  const files = corpusFiles();
  const random = prng(SEED);
  const out: CorpusSamples = { files: files.length, parseErrors: 0, manifestMismatches: [], documents: [], mutations: [] };
  for (const file of files) {
    const result = parseCorpusYaml(readFileSync(join(SHARED, 'corpus', file), 'utf8'));
    const recorded = manifest.get(file)?.upstream_schema_valid;
    if (!result.ok) {
      out.parseErrors++;
      // The manifest counts a YAML error as not valid.
      if (recorded !== 'no') out.manifestMismatches.push(file);
      continue;
    }
    out.documents.push({ what: file, data: result.data });
    for (let i = 0; i < MUTATIONS_PER_FILE; i++) {
      out.mutations.push({ what: `${file} mutation ${i}`, data: mutate(result.data as never, random, knownKeys) });
    }
  }
  return out;
}

function generatedSamples(): Sample[] {
  const random = prng(SEED + 1);
  const out: Sample[] = [];
  for (let i = 0; i < GENERATED_DOCUMENTS; i++) {
    const doc = instanceOf(ours, ours as Schema, random);
    out.push({ what: `generated ${i}`, data: doc });
    for (let j = 0; j < MUTATIONS_PER_GENERATED; j++) out.push({ what: `generated ${i} mutation ${j}`, data: mutate(doc, random, knownKeys) });
  }
  return out;
}

let cached: { corpus: CorpusSamples; generated: Sample[] } | undefined;
const samples = () => (cached ??= { corpus: corpusSamples(), generated: generatedSamples() });

function disagreements(list: readonly Sample[]): { what: string; ours: boolean; upstream: boolean }[] {
  return list
    .map(({ what, data }) => ({ what, ours: validateComposeSchema(data).valid, upstream: upstreamValidate(data) }))
    .filter((row) => row.ours !== row.upstream);
}

const rejected = (list: readonly Sample[]): number => list.filter(({ data }) => !upstreamValidate(data)).length;

type Planted = { properties: Record<string, Schema>; definitions: Record<string, any> };

describe('our Compose schema against the official one', () => {
  it('covers every property path of the official schema, and no other', () => {
    const theirs = propertyPaths(upstream);
    const mine = propertyPaths(ours);
    const missing = [...theirs].filter((path) => !mine.has(path));
    const extra = [...mine].filter((path) => !theirs.has(path));
    console.log(`property paths: ours ${mine.size}, official ${theirs.size}, official covered ${theirs.size - missing.length}/${theirs.size}, ours only ${extra.length}`);
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it('gives the same verdict on every corpus file and on seeded mutations of each', () => {
    const { corpus } = samples();
    const manifest = corpusManifest();
    expect(corpus.files).toBe(manifest.size);
    expect(corpus.manifestMismatches).toEqual([]);
    // Our parse must give the official schema the inputs the manifest was recorded from.
    const recordedMismatches = corpus.documents
      .filter(({ what, data }) => (upstreamValidate(data) ? 'yes' : 'no') !== manifest.get(what)?.upstream_schema_valid)
      .map(({ what }) => what);
    expect(recordedMismatches).toEqual([]);
    const all = [...corpus.documents, ...corpus.mutations];
    const differing = disagreements(all);
    console.log(
      `corpus: ${corpus.files} files (${corpus.documents.length} parsed, ${corpus.parseErrors} YAML errors, ` +
        `${corpus.documents.length - rejected(corpus.documents)} valid), ${corpus.mutations.length} mutations ` +
        `(${rejected(corpus.mutations)} rejected by the official schema), agreement ${all.length - differing.length}/${all.length}`,
    );
    expect(differing.slice(0, 5)).toEqual([]);
  }, 60_000);

  it('gives the same verdict on documents generated from our schema and on mutations of them', () => {
    const { generated } = samples();
    const differing = disagreements(generated);
    console.log(
      `generated: ${GENERATED_DOCUMENTS} documents + ${GENERATED_DOCUMENTS * MUTATIONS_PER_GENERATED} mutations ` +
        `(${rejected(generated)} of ${generated.length} rejected by the official schema), agreement ${generated.length - differing.length}/${generated.length}`,
    );
    expect(differing.slice(0, 5)).toEqual([]);
  }, 60_000);

  // Proves the samples can tell two schemas apart: each planted difference must change some verdict.
  it.each<[string, (schema: Planted) => void]>([
    ['top-level networks closed to odd keys', (s) => void (s.properties.networks!.additionalProperties = false)],
    ['pid without null', (s) => void (s.definitions.service.properties.pid.type = 'string')],
    ['container_name pattern anchored', (s) => void (s.definitions.service.properties.container_name.pattern = '^[a-zA-Z0-9][a-zA-Z0-9_.-]+$')],
    ['ports without uniqueItems', (s) => void delete s.definitions.service.properties.ports.uniqueItems],
    ['cpu_percent capped at 99', (s) => void (s.definitions.service.properties.cpu_percent.oneOf[1].maximum = 99)],
  ])('notices a planted difference: %s', (_, plant) => {
    const planted = structuredClone(ours) as unknown as Planted;
    plant(planted);
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addVocabulary(ANNOTATION_KEYWORDS);
    const validate = ajv.compile(planted);
    const { corpus, generated } = samples();
    const all = [...corpus.documents, ...corpus.mutations, ...generated];
    const differing = all.filter(({ data }) => validate(data) !== upstreamValidate(data)).length;
    console.log(`planted difference noticed by ${differing}/${all.length} samples`);
    expect(differing).toBeGreaterThan(0);
  }, 60_000);
});
