/**
 * yaml parses well under 1 MB per second on a small machine; compose files are a few kilobytes, so anything past
 * this is refused up front, keeping every parse within about a second instead of hanging the caller.
 */
export const maxTextLength = 512 * 1024;

/** Anchors may be expanded this many times in one document, as compose-go and the corpus tooling allow. */
export const maxAliasCount = 100;

export interface TextProblem {
  ruleId: 'yaml/too-large' | 'yaml/binary' | 'yaml/encoding';
  message: string;
  offset: number;
}

function size(length: number): string {
  return length >= 1024 * 1024 ? `${(length / 1024 / 1024).toFixed(1)} MB` : `${Math.round(length / 1024)} KB`;
}

/** Problems that make the text unfit for YAML parsing at all: too large, binary, or wrongly decoded. */
export function checkText(text: string): TextProblem | undefined {
  if (text.length > maxTextLength) {
    return {
      ruleId: 'yaml/too-large',
      message: `the file is ${size(text.length)}, larger than the ${size(maxTextLength)} a compose file may have`,
      offset: 0,
    };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return {
      ruleId: 'yaml/binary',
      message: 'the file contains a NUL byte, so it is binary data, not YAML text',
      offset: nul,
    };
  }
  // U+FFFD is what a UTF-8 decoder leaves where the bytes were not valid UTF-8.
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    return {
      ruleId: 'yaml/encoding',
      message: 'the file is not valid UTF-8 text (it contains an undecodable byte sequence)',
      offset: bad,
    };
  }
  return undefined;
}

/** Where the line with the longest run of indentation and block-sequence dashes ends that run: the deepest nesting. */
export function deepestOffset(text: string): number {
  let best = 0;
  let bestDepth = -1;
  for (const match of text.matchAll(/^[ \t-]*/gm)) {
    if (match[0].length > bestDepth) {
      bestDepth = match[0].length;
      best = match.index + match[0].length;
    }
  }
  return best;
}
