// POSIX path helpers: the spec package stays free of node:* so it also runs in a browser.

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

/** Lexical clean like Go's path.Clean: collapses `//`, `.` and `..`, drops a trailing slash. */
export function clean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const body = out.join('/');
  if (rooted) return `/${body}`;
  return body === '' ? '.' : body;
}

export function join(...parts: string[]): string {
  return clean(parts.filter((p) => p !== '').join('/'));
}

/** Resolves `p` against `base` (an absolute dir); an absolute `p` is only cleaned. */
export function resolvePath(base: string, p: string): string {
  return isAbsolute(p) ? clean(p) : join(base, p);
}

export function dirname(p: string): string {
  const c = clean(p);
  const i = c.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return c.slice(0, i);
}

export function basename(p: string): string {
  const c = clean(p);
  const i = c.lastIndexOf('/');
  return i < 0 ? c : c.slice(i + 1);
}

/** A git, OCI or other URL-like reference (`oci://...`, `git@host:repo`, `https://...`), not a local path. */
export function isRemoteReference(p: string): boolean {
  return p.startsWith('git@') || (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(p) && !/^[a-zA-Z]:[\\/]/.test(p));
}
