/** `value` as JSON on one line, with the spacing `like` uses after `:` and `,` and inside braces. */
function oneLine(value: unknown, like: string): string {
  const colon = /":\s/.test(like) ? ': ' : ':';
  const comma = /,\s/.test(like) ? ', ' : ',';
  const pad = /^\{\s/.test(like) ? ' ' : '';
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(write).join(comma)}]`;
    if (typeof v !== 'object' || v === null) return JSON.stringify(v);
    const entries = Object.entries(v).map(([k, item]) => `${JSON.stringify(k)}${colon}${write(item)}`);
    return entries.length === 0 ? '{}' : `{${pad}${entries.join(comma)}${pad}}`;
  };
  return write(value);
}

/**
 * Adds `scripts` entries to a package.json text, keeping its indentation, key order and line ends by inserting
 * text rather than re-serialising (a one-line file is written again on one line, spaced as it was). Existing
 * scripts of the same name are left alone and reported as kept.
 */
export function addScripts(text: string, scripts: Record<string, string>): { text: string; added: string[]; kept: string[] } {
  const data = JSON.parse(text) as { scripts?: Record<string, unknown> };
  const existing = data.scripts ?? {};
  const added = Object.keys(scripts).filter((k) => !(k in existing));
  const kept = Object.keys(scripts).filter((k) => k in existing && existing[k] !== scripts[k]);
  if (added.length === 0) return { text, added, kept };
  const expected = { ...data, scripts: { ...existing, ...Object.fromEntries(added.map((k) => [k, scripts[k]])) } };
  // A file written on one line stays on one line, spaced as it was.
  const json = text.trim();
  if (!/[\r\n]/.test(json)) return { text: text.replace(json, () => oneLine(expected, json)), added, kept };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  const entries = (indent: string): string => added.map((k) => `${indent}${JSON.stringify(k)}: ${JSON.stringify(scripts[k])}`).join(`,${eol}`);
  const span = data.scripts ? scriptsSpan(text) : undefined;
  let out: string;
  if (span) {
    const inner = text.slice(span.open + 1, span.close);
    const empty = inner.trim() === '';
    const body = inner.replace(/\s*$/, '');
    out = `${text.slice(0, span.open + 1)}${empty ? '' : `${body},`}${eol}${entries(unit + unit)}${eol}${unit}${text.slice(span.close)}`;
  } else {
    const close = text.lastIndexOf('}');
    const body = text.slice(0, close).replace(/\s*$/, '');
    const comma = body.trimEnd().endsWith('{') ? '' : ',';
    out = `${body}${comma}${eol}${unit}"scripts": {${eol}${entries(unit + unit)}${eol}${unit}}${eol}${text.slice(close)}`;
  }
  // A layout this text surgery did not foresee still gets a correct file: re-serialised with its indent.
  if (JSON.stringify(JSON.parse(out)) !== JSON.stringify(expected)) out = `${JSON.stringify(expected, null, unit)}${eol}`;
  return { text: out, added, kept };
}

/** Where the top-level `"scripts": { ... }` braces stand in a package.json text. */
function scriptsSpan(text: string): { open: number; close: number } | undefined {
  let depth = 0;
  let key: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '"') {
      const end = /^"(?:[^"\\]|\\.)*"/.exec(text.slice(i))?.[0] ?? '"';
      if (depth === 1) key = JSON.parse(end) as string;
      i += end.length - 1;
    } else if (ch === '{' || ch === '[') {
      if (depth === 1 && key === 'scripts' && ch === '{') {
        let inner = 0;
        for (let j = i; j < text.length; j += 1) {
          const c = text[j];
          if (c === '"') j += (/^"(?:[^"\\]|\\.)*"/.exec(text.slice(j))?.[0].length ?? 1) - 1;
          else if (c === '{') inner += 1;
          else if (c === '}' && --inner === 0) return { open: i, close: j };
        }
      }
      depth += 1;
    } else if (ch === '}' || ch === ']') depth -= 1;
  }
  return undefined;
}
