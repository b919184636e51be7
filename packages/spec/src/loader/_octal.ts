import { visit, type Document } from 'yaml';
import type { ParsedCompose } from '../document.js';
import { maxAliasCount } from '../_yaml-limits.js';

// go-yaml, docker compose's YAML reader, takes a plain integer with a leading zero as octal (`0440` is 288), as
// YAML 1.1 did; YAML 1.2's core schema reads it as decimal 440. `0o440` means 288 in both.
const leadingZero = /^[-+]?0[0-7]+$/;

function isOctalLooking(node: { type?: string; value: unknown; source?: string }): boolean {
  return node.type === 'PLAIN' && typeof node.value === 'number' && leadingZero.test(node.source ?? '');
}

function retype(document: Document, apply: boolean): boolean {
  let found = false;
  visit(document, {
    Scalar(key, node) {
      if (key === 'key' || !isOctalLooking(node)) return undefined;
      found = true;
      if (!apply) return visit.BREAK;
      node.value = parseInt(String(node.source), 8);
      return undefined;
    },
  });
  return found;
}

/**
 * The parsed file as docker compose reads it: leading-zero integers octal. The parsed document is left as it is
 * (a copy is retyped), so positions and the text of the file stay those of the parser.
 */
export function readIntegersAsGoYaml(parsed: ParsedCompose): ParsedCompose {
  if (parsed.data === undefined || !parsed.document) return parsed;
  if (!retype(parsed.document, false)) return parsed;
  const copy = parsed.document.clone();
  retype(copy, true);
  return { ...parsed, data: copy.toJS({ maxAliasCount }) };
}
