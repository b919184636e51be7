import type { ErrorObject } from 'ajv';
import { allowedProperties, exampleAt, namePatternsAt } from './_schema-messages-schema.js';
import { describeValue, didYouMean, orList, quote, subjectOf, typeWord, valueAt } from './_schema-messages-words.js';

/** What one ajv error becomes: a rule id, a sentence, and where it points. */
export interface SchemaFinding {
  ruleId: string;
  message: string;
  pointer: string;
  key: boolean;
}

type Render = (error: ErrorObject, data: unknown) => Omit<SchemaFinding, 'ruleId'> & { ruleId?: string };

const at = (error: ErrorObject) => ({ pointer: error.instancePath, key: false });
const got = (error: ErrorObject, data: unknown) => describeValue(valueAt(data, error.instancePath));

function expectedType(error: ErrorObject): string {
  const types = String(error.params.type).split(',');
  const found = exampleAt(error.instancePath);
  if (types.length === 1 && types[0] === 'string' && typeof found?.example === 'string') {
    return `${found.duration ? 'a duration string' : 'a string'} such as ${quote(found.example)}`;
  }
  return orList(types.map(typeWord));
}

const escapeSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Names of services, networks, volumes... share one pattern; say it in words. */
function nameRule(patterns: string[]): string {
  if (patterns.length === 1 && patterns[0] === '^[a-zA-Z0-9._-]+$') return 'may use only letters, digits, ".", "_" and "-"';
  return `must match ${orList(patterns)}`;
}

const comparisons: Record<string, string> = { '>=': 'at least', '>': 'greater than', '<=': 'at most', '<': 'less than' };

function sizeMessage(error: ErrorObject, unit: string): string {
  const limit = Number(error.params.limit);
  const subject = subjectOf(error.instancePath);
  if (error.keyword.startsWith('min')) {
    return limit === 1 ? `${subject} must not be empty` : `${subject} must have at least ${limit} ${unit}`;
  }
  return `${subject} must have at most ${limit} ${unit}`;
}

/** One renderer per ajv keyword; the rule id is `schema/<name>`. */
const table: Record<string, { rule: string; render: Render }> = {
  type: {
    rule: 'type',
    render: (e, data) => ({ ...at(e), message: `${subjectOf(e.instancePath)} must be ${expectedType(e)}; got ${got(e, data)}` }),
  },
  additionalProperties: {
    rule: 'unknown-property',
    render: (e) => {
      const name = String(e.params.additionalProperty);
      const allowed = allowedProperties(e.instancePath);
      const patterns = namePatternsAt(e.instancePath);
      if (allowed.length === 0 && patterns.length > 0) {
        return {
          ruleId: 'schema/invalid-name',
          pointer: `${e.instancePath}/${escapeSegment(name)}`,
          key: true,
          message: `${subjectOf(e.instancePath)} has an invalid name ${quote(name)}; names ${nameRule(patterns)}`,
        };
      }
      const subject = e.instancePath === '' ? 'the file has an unknown top-level key' : `${subjectOf(e.instancePath)} has an unknown property`;
      return {
        pointer: `${e.instancePath}/${escapeSegment(name)}`,
        key: true,
        message: `${subject} ${quote(name)}${didYouMean(name, allowed)}`,
      };
    },
  },
  required: {
    rule: 'required',
    render: (e) => ({
      pointer: e.instancePath,
      key: true,
      message: `${subjectOf(e.instancePath)} is missing the required property ${quote(e.params.missingProperty)}`,
    }),
  },
  enum: {
    rule: 'enum',
    render: (e, data) => {
      const allowed = (e.params.allowedValues as unknown[]) ?? [];
      const value = valueAt(data, e.instancePath);
      const hint = typeof value === 'string' ? didYouMean(value, allowed.map(String)) : '';
      return { ...at(e), message: `${subjectOf(e.instancePath)} must be ${orList(allowed.map(quote))}; got ${got(e, data)}${hint}` };
    },
  },
  const: {
    rule: 'enum',
    render: (e, data) => ({ ...at(e), message: `${subjectOf(e.instancePath)} must be ${quote(e.params.allowedValue)}; got ${got(e, data)}` }),
  },
  pattern: {
    rule: 'pattern',
    render: (e, data) => {
      const example = exampleAt(e.instancePath)?.example;
      const form = typeof example === 'string' ? `have the expected form, such as ${quote(example)}` : `match the pattern ${e.params.pattern}`;
      return { ...at(e), message: `${subjectOf(e.instancePath)} must ${form}; got ${got(e, data)}` };
    },
  },
  format: {
    rule: 'format',
    render: (e, data) => ({ ...at(e), message: `${subjectOf(e.instancePath)} must be a valid ${e.params.format}; got ${got(e, data)}` }),
  },
  minimum: { rule: 'range', render: (e, data) => rangeMessage(e, data) },
  maximum: { rule: 'range', render: (e, data) => rangeMessage(e, data) },
  exclusiveMinimum: { rule: 'range', render: (e, data) => rangeMessage(e, data) },
  exclusiveMaximum: { rule: 'range', render: (e, data) => rangeMessage(e, data) },
  minItems: { rule: 'size', render: (e) => ({ ...at(e), message: sizeMessage(e, 'items') }) },
  maxItems: { rule: 'size', render: (e) => ({ ...at(e), message: sizeMessage(e, 'items') }) },
  minLength: { rule: 'size', render: (e) => ({ ...at(e), message: sizeMessage(e, 'characters') }) },
  maxLength: { rule: 'size', render: (e) => ({ ...at(e), message: sizeMessage(e, 'characters') }) },
  minProperties: { rule: 'size', render: (e) => ({ ...at(e), message: sizeMessage(e, 'entries') }) },
  maxProperties: { rule: 'size', render: (e) => ({ ...at(e), message: sizeMessage(e, 'entries') }) },
  uniqueItems: {
    rule: 'unique',
    render: (e, data) => {
      const later = Math.max(Number(e.params.i), Number(e.params.j));
      const earlier = Math.min(Number(e.params.i), Number(e.params.j));
      const item = valueAt(data, `${e.instancePath}/${later}`);
      return {
        pointer: `${e.instancePath}/${later}`,
        key: false,
        message: `${subjectOf(e.instancePath)} lists ${describeValue(item)} twice (items ${earlier} and ${later})`,
      };
    },
  },
  propertyNames: {
    rule: 'key',
    render: (e) => ({
      pointer: `${e.instancePath}/${escapeSegment(String(e.params.propertyName))}`,
      key: true,
      message: `${subjectOf(e.instancePath)} has an invalid key ${quote(e.params.propertyName)}`,
    }),
  },
  oneOf: {
    rule: 'one-of',
    render: (e) => ({
      ...at(e),
      message: e.params.passingSchemas
        ? `${subjectOf(e.instancePath)} matches more than one of its allowed forms, so its meaning is ambiguous`
        : `${subjectOf(e.instancePath)} does not match any of its allowed forms`,
    }),
  },
  anyOf: { rule: 'one-of', render: (e) => ({ ...at(e), message: `${subjectOf(e.instancePath)} does not match any of its allowed forms` }) },
  not: { rule: 'not', render: (e) => ({ ...at(e), message: `${subjectOf(e.instancePath)} has a form that is not allowed here` }) },
  'false schema': { rule: 'not-allowed', render: (e) => ({ ...at(e), message: `${subjectOf(e.instancePath)} is not allowed here` }) },
  dependencies: { rule: 'dependency', render: (e) => dependencyMessage(e) },
  dependentRequired: { rule: 'dependency', render: (e) => dependencyMessage(e) },
};

function rangeMessage(error: ErrorObject, data: unknown) {
  const words = comparisons[String(error.params.comparison)] ?? String(error.params.comparison);
  return { ...at(error), message: `${subjectOf(error.instancePath)} must be ${words} ${error.params.limit}; got ${got(error, data)}` };
}

function dependencyMessage(error: ErrorObject) {
  return {
    pointer: error.instancePath,
    key: true,
    message: `${subjectOf(error.instancePath)} sets ${quote(error.params.property)}, so it must also set ${quote(error.params.missingProperty)}`,
  };
}

export function renderSchemaError(error: ErrorObject, data: unknown): SchemaFinding {
  const entry = table[error.keyword];
  if (!entry) {
    return { ruleId: `schema/${error.keyword}`, ...at(error), message: `${subjectOf(error.instancePath)} ${error.message ?? 'is not valid'}` };
  }
  const rendered = entry.render(error, data);
  return { ...rendered, ruleId: rendered.ruleId ?? `schema/${entry.rule}` };
}
