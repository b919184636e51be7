import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// The type tests mark each expected error with `// @ts-expect-error ❌ <sentence>`. Here the directives are
// removed in memory and the file compiled, to check that the error on the next line carries that very sentence.
// Sources, not a build: the check must hold in a fresh clone too.
const specIndex = fileURLToPath(new URL('../../spec/src/index.ts', import.meta.url));

function marked(name: string): { file: string; unmarked: string; expected: { line: number; sentence: string }[] } {
  const testFile = fileURLToPath(new URL(`./${name}.test-d.ts`, import.meta.url));
  const lines = readFileSync(testFile, 'utf8').split('\n');
  const expected = lines.flatMap((line, i) => {
    const m = /\/\/ @ts-expect-error (❌ .*)$/.exec(line);
    return m ? [{ line: i + 2, sentence: m[1] as string }] : [];
  });
  const unmarked = lines.map((line) => line.replace(/\/\/ @ts-expect-error.*$/, '')).join('\n');
  return { file: testFile.replace(/\.test-d\.ts$/, '-unmarked.ts'), unmarked, expected };
}

function compile(virtualFile: string, unmarked: string): { line: number; message: string }[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    paths: { '@compose-gen/spec': [specIndex] },
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) =>
    name === virtualFile ? ts.createSourceFile(name, unmarked, version) : getSourceFile(name, version, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === virtualFile || fileExists(name);
  const program = ts.createProgram([virtualFile], options, host);
  const file = program.getSourceFile(virtualFile) as ts.SourceFile;
  return ts.getPreEmitDiagnostics(program, file).map((d) => ({
    line: file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

describe('type error messages', () => {
  test.each([
    ['refs', 20],
    ['typos', 15],
  ])('every marked error in %s.test-d.ts reads as the sentence written next to it', (name, atLeast) => {
    const { file, unmarked, expected } = marked(name);
    expect(expected.length).toBeGreaterThan(atLeast);
    const found = compile(file, unmarked);
    for (const { line, sentence } of expected) {
      const here = found.filter((d) => d.line === line).map((d) => d.message);
      expect(here.some((m) => m.includes(sentence)), `line ${line}: ${sentence}\n${here.join('\n')}`).toBe(true);
    }
  }, 120_000);
});
