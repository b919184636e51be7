import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { COMPOSE_SCHEMA_ID } from '@compose-gen/spec';

/**
 * The Compose schema shipped by the nearest `node_modules/compose-gen` at or above `dir` (the copy Node would
 * resolve from there), or undefined when there is none or it predates the shipped schemas.
 */
export function installedSchema(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const pkg = join(at, 'node_modules', 'compose-gen');
    if (existsSync(join(pkg, 'package.json'))) {
      const schema = join(pkg, 'schemas', 'compose.schema.json');
      return existsSync(schema) ? schema : undefined;
    }
    if (dirname(at) === at) return undefined;
  }
}

/**
 * What the `$schema=` modeline of `file` names: the installed schema as a POSIX path relative to the file's
 * directory (editors resolve it from there, on any machine with the same layout), else the schema's `$id`.
 */
export function schemaLink(schema: string | undefined, file: string): string {
  if (schema === undefined) return COMPOSE_SCHEMA_ID;
  const path = relative(dirname(file), schema);
  // On Windows a file on another drive has no relative path to the schema.
  if (isAbsolute(path)) return COMPOSE_SCHEMA_ID;
  const posix = path.split(sep).join('/');
  return posix.startsWith('../') ? posix : `./${posix}`;
}
