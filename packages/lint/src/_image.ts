import { maskVariables } from './_text.js';

/** An image reference split into repository, tag and digest; variables are kept as written. */
export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
}

export function parseImage(image: string): ImageRef {
  const text = image.trim();
  const masked = maskVariables(text);
  let end = text.length;
  let digest: string | undefined;
  const at = masked.indexOf('@');
  if (at >= 0) {
    digest = text.slice(at + 1);
    end = at;
  }
  // A colon after the last slash is a tag; one before it belongs to a registry host:port.
  const slash = masked.lastIndexOf('/', end - 1);
  const colon = masked.lastIndexOf(':', end - 1);
  let tag: string | undefined;
  if (colon > slash) {
    tag = text.slice(colon + 1, end);
    end = colon;
  }
  return {
    repository: text.slice(0, end),
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
  };
}

/** True when the whole reference comes from a variable, so its tag cannot be judged from the file. */
export function isVariableOnly(image: string): boolean {
  return /^\$\{[^}]*\}$|^\$[A-Za-z_][A-Za-z0-9_]*$/.test(image.trim());
}

/** The last path segment without tag, e.g. `bitnami/postgresql:16` -> `postgresql`. */
export function imageBaseName(image: string): string {
  const repo = parseImage(image).repository;
  return (repo.split('/').pop() ?? repo).toLowerCase();
}
