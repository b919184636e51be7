import schema from '../../../schemas/compose.schema.json' with { type: 'json' };
import { fromPointer } from './diagnostic.js';

/** The parts of a schema node that messages read. */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode | SchemaNode[];
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  examples?: unknown[];
  description?: string;
  $ref?: string;
}

const root = schema as unknown as SchemaNode;

function resolveRef(ref: string): SchemaNode | undefined {
  let current: unknown = root;
  for (const segment of fromPointer(ref.replace(/^#/, ''))) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current && typeof current === 'object' ? (current as SchemaNode) : undefined;
}

/** A node with its `$ref` target and every oneOf/anyOf/allOf branch, flattened. */
function alternatives(node: SchemaNode | undefined, depth = 0): SchemaNode[] {
  if (!node || typeof node !== 'object' || depth > 8) return [];
  const target = node.$ref ? resolveRef(node.$ref) : undefined;
  const branches = [...(node.oneOf ?? []), ...(node.anyOf ?? []), ...(node.allOf ?? [])];
  return [node, ...alternatives(target, depth + 1), ...branches.flatMap((b) => alternatives(b, depth + 1))];
}

function children(node: SchemaNode, segment: string): SchemaNode[] {
  const named = node.properties?.[segment];
  if (named) return [named];
  const patterned = Object.entries(node.patternProperties ?? {})
    .filter(([pattern]) => new RegExp(pattern, 'u').test(segment))
    .map(([, sub]) => sub);
  const out = [...patterned];
  if (patterned.length === 0 && typeof node.additionalProperties === 'object') out.push(node.additionalProperties);
  if (/^\d+$/.test(segment) && node.items) {
    out.push(Array.isArray(node.items) ? (node.items[Number(segment)] as SchemaNode) : node.items);
  }
  return out.filter(Boolean);
}

/**
 * Every schema node that can describe the value at `pointer`. The precompiled validator reports schema paths
 * relative to each compiled function, so messages find their schema by the instance path instead.
 */
export function schemaNodesAt(pointer: string): SchemaNode[] {
  let nodes = alternatives(root);
  for (const segment of fromPointer(pointer)) {
    nodes = nodes.flatMap((node) => children(node, segment)).flatMap((node) => alternatives(node));
    if (nodes.length === 0) break;
  }
  return nodes;
}

/** Property names a mapping at `pointer` may have. */
export function allowedProperties(pointer: string): string[] {
  return [...new Set(schemaNodesAt(pointer).flatMap((node) => Object.keys(node.properties ?? {})))];
}

/** The first scalar example the schema gives for the value at `pointer`, and whether it is a duration. */
export function exampleAt(pointer: string): { example: unknown; duration: boolean } | undefined {
  for (const node of schemaNodesAt(pointer)) {
    const first = node.examples?.[0];
    if (first !== undefined && (first === null || typeof first !== 'object')) {
      return { example: first, duration: /\bduration\b/i.test(node.description ?? '') };
    }
  }
  return undefined;
}

/** The patterns a key must match at `pointer` (besides the `^x-` extension pattern), e.g. service names. */
export function namePatternsAt(pointer: string): string[] {
  const patterns = schemaNodesAt(pointer).flatMap((node) => Object.keys(node.patternProperties ?? {}));
  return [...new Set(patterns.filter((pattern) => pattern !== '^x-'))];
}
