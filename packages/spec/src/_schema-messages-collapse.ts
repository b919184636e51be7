import type { ErrorObject } from 'ajv';

/** Keywords that fail because the value has the wrong type or shape for a branch, not because a part of it is wrong. */
const shallowKeywords = new Set(['type', 'enum', 'const', 'pattern', 'format', 'false schema']);

const parentPath = (schemaPath: string): string => schemaPath.replace(/\/[^/]+$/, '');

function within(error: ErrorObject, combinator: ErrorObject): boolean {
  const base = combinator.instancePath;
  return error.instancePath === base || error.instancePath.startsWith(`${base}/`);
}

/**
 * Keeps what the branch that got furthest says. Branches that failed on the value's type only add noise
 * ("must be string", "must be array") next to the real problem found deeper in the matching branch.
 */
function pickBranch(combinator: ErrorObject, branch: ErrorObject[]): ErrorObject[] {
  const deep = branch.filter((e) => e.instancePath !== combinator.instancePath || !shallowKeywords.has(e.keyword));
  if (deep.length > 0) return deep;
  const typeErrors = branch.filter((e) => e.keyword === 'type');
  // A branch whose type fits but whose content does not (a pattern, an enum) is the one the author meant.
  const wrongType = new Set(typeErrors.map((e) => parentPath(e.schemaPath)));
  const content = branch.filter((e) => e.keyword !== 'type' && !wrongType.has(parentPath(e.schemaPath)));
  if (content.length > 0) return content;
  if (typeErrors.length === 0) return [combinator];
  const types = [...new Set(typeErrors.flatMap((e) => String(e.params.type).split(',')))];
  return [{ ...combinator, keyword: 'type', params: { type: types.join(',') } }];
}

/** Collapses oneOf/anyOf noise into the single most useful finding per combinator, innermost first. */
export function collapseErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  let pool = errors.filter((e) => e.keyword !== 'if');
  for (let index = 0; index < pool.length; index++) {
    const combinator = pool[index] as ErrorObject;
    if (combinator.keyword !== 'oneOf' && combinator.keyword !== 'anyOf') continue;
    // A oneOf that failed because several branches passed has no branch errors: it stays as it is.
    if (combinator.params.passingSchemas) continue;
    // ajv pushes a combinator's error right after the errors of its branches.
    let start = index;
    while (start > 0 && within(pool[start - 1] as ErrorObject, combinator)) start--;
    const branch = pool.slice(start, index);
    if (branch.length === 0) continue;
    const kept = pickBranch(combinator, branch);
    pool = [...pool.slice(0, start), ...kept, ...pool.slice(index + 1)];
    index = start + kept.length - 1;
  }
  const seen = new Set<string>();
  return pool.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
