/** Replaces each `${...}` by same-length filler so separators inside defaults (`${P:-80}`) do not split. */
export function maskVariables(text: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      out += '$';
      continue;
    }
    if (depth > 0) {
      if (text[i] === '}') depth--;
      out += text[i] === '}' && depth === 0 ? '}' : 'x';
      continue;
    }
    out += text[i];
  }
  return out;
}
