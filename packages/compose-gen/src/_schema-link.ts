import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { COMPOSE_SCHEMA_ID } from '@compose-gen/spec';

const schemaIn = (dir: string): string => join(dir, 'node_modules', 'compose-gen', 'schemas', 'compose.schema.json');

/**
 * Where the Compose schema of the compose-gen a project uses lives: in the nearest `node_modules/compose-gen`
 * at or above `dir` (the copy Node would resolve from there), else where a local install in `dir` puts it.
 * Never the running CLI's own copy, so a global or one-off run writes the same modeline as the local install.
 */
export function installedSchema(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules', 'compose-gen', 'package.json'))) return schemaIn(at);
    if (dirname(at) === at) return schemaIn(dir);
  }
}

/**
 * What the `$schema=` modeline of `file` names: the schema as a POSIX path relative to the file's directory
 * (editors resolve it from there, on any machine with the same layout).
 */
export function schemaLink(schema: string, file: string): string {
  const path = relative(dirname(file), schema);
  // On Windows a file on another drive has no relative path to the schema.
  if (isAbsolute(path)) return COMPOSE_SCHEMA_ID;
  const posix = path.split(sep).join('/');
  return posix.startsWith('../') ? posix : `./${posix}`;
}
