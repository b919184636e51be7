import { dirname, relative, resolve } from 'node:path';
import { listTargets, type ComposeInput } from '@compose-gen/core';
import { isGenerated, isProductionName } from '@compose-gen/core';
import { allRules, engineRules, lintAndFix, lintProject, type LintConfig, type ProjectInput, type SpecFunctions, type TargetFiles } from '@compose-gen/lint';
import { mergeFiles, parseCompose, validateCompose, validateModel, type Diagnostic } from '@compose-gen/spec';
import type { CommandSpec, FlagValues } from '../_args.js';
import { flag, helpText, list, parseCommand, str } from '../_args.js';
import { UsageError } from '../_errors.js';
import { readIfFile, readUserFile, writeAtomic } from '../_io.js';
import { findConfig, loadConfig } from '../_load-config.js';
import { pickFormat, type RuleInfo } from '../format/index.js';
import { plan } from './_plan.js';
import { report } from './_report.js';
import type { Command, CommandIO } from './_types.js';
import { EXIT_FINDINGS, EXIT_OK } from './_types.js';

export const spec: CommandSpec = {
  name: 'lint',
  usage: 'lint [FILE...] [--dev FILE --prod FILE | --prod-override FILE] [--target NAME=FILE[,FILE]]... [--fix]',
  summary:
    'Check targets for dev/prod drift, production pitfalls and Compose mistakes.\n' +
    'Without files: lint every target of compose.config.ts, at the lines of the generated files. With files:\n' +
    'lint each FILE alone, or the targets named by --dev/--prod/--target (a target of several files merges\n' +
    'them in order, as docker compose -f does). Drift compares each other target with each production target\n' +
    '(every pair when none is production); --pairs all compares every pair.',
  flags: {
    config: { type: 'string', short: 'c', value: 'FILE', description: 'config file (default: compose.config.ts, .mts, .js, .mjs)' },
    'lint-config': { type: 'string', value: 'FILE', description: 'lint settings for YAML files (default: compose-gen.lint.json when present)' },
    dev: { type: 'string', value: 'FILE', description: 'the development target' },
    prod: { type: 'string', value: 'FILE', description: 'the production target' },
    'prod-override': { type: 'string', value: 'FILE', description: 'production = --dev merged with this override file' },
    target: { type: 'string', short: 't', multiple: true, value: 'NAME=FILE', description: 'a target of one or more comma-separated files' },
    production: { type: 'string', multiple: true, value: 'NAME', description: 'mark a --target as production (default: one named prod or production)' },
    pairs: { type: 'string', value: 'WHICH', description: 'targets drift compares: production (default) or all (every pair)' },
    format: { type: 'string', short: 'F', value: 'NAME', description: 'output format: stylish (default), json, sarif, github' },
    'max-warnings': { type: 'string', value: 'N', description: 'exit 1 when there are more than N warnings' },
    fix: { type: 'boolean', description: 'rewrite the files in place to fix what can be fixed safely (never generated files)' },
  },
};

const specFunctions: SpecFunctions = {
  parse: (text, file) => parseCompose(text, { file }),
  validate: validateCompose,
  validateModel: (data, options) => validateModel(data, options),
  merge: (files) => mergeFiles(files),
};

function targetsFromFlags(values: FlagValues, positionals: readonly string[]): TargetFiles[] {
  const production = new Set(list(values.production));
  // As in a config and in import: with no --production at all, a target named prod or production is production.
  const isProduction = (name: string): boolean => (production.size === 0 ? isProductionName(name) : production.has(name));
  const targets: TargetFiles[] = list(values.target).map((text) => {
    const eq = text.indexOf('=');
    if (eq <= 0 || eq === text.length - 1) throw new UsageError(`--target needs NAME=FILE, got '${text}'`);
    const name = text.slice(0, eq);
    return { name, production: isProduction(name), files: text.slice(eq + 1).split(',').filter(Boolean) };
  });
  const dev = str(values.dev);
  const prod = str(values.prod);
  const override = str(values['prod-override']);
  if ((prod !== undefined || override !== undefined) && dev === undefined) throw new UsageError('--prod and --prod-override need --dev');
  if (prod !== undefined && override !== undefined) throw new UsageError('give --prod or --prod-override, not both');
  if (dev !== undefined) targets.unshift({ name: 'dev', production: production.has('dev'), files: [dev] });
  if (prod !== undefined) targets.push({ name: 'prod', production: true, files: [prod] });
  if (override !== undefined && dev !== undefined) targets.push({ name: 'prod', production: true, files: [dev, override] });
  // A file linted alone is a target of its own, so production rules apply when --production names it, but it is
  // compared with nothing: drift needs targets that belong together.
  for (const file of positionals) targets.push({ name: file, production: production.has(file), files: [file], compare: false });
  const unknown = [...production].find((name) => !targets.some((t) => t.name === name));
  if (unknown !== undefined) throw new UsageError(`--production ${unknown}: no such target`);
  return targets;
}

function lintSettings(io: CommandIO, file: string | undefined): { config: LintConfig; configFile: string } | undefined {
  const name = file ?? 'compose-gen.lint.json';
  const text = file !== undefined ? readUserFile(io.cwd, file) : readIfFile(resolve(io.cwd, name));
  if (text === undefined) return undefined;
  try {
    return { config: JSON.parse(text) as LintConfig, configFile: name };
  } catch (error) {
    throw new UsageError(`cannot read lint settings '${name}': ${(error as Error).message}`);
  }
}

/** Every target of compose.config.ts, rendered as generate would write it (nothing is written). */
async function fromConfig(values: FlagValues, io: CommandIO): Promise<{ input: ProjectInput; earlier: Diagnostic[] }> {
  const file = findConfig(io.cwd, str(values.config));
  const loaded = await loadConfig(file, io.cwd, io.alias);
  const input = loaded.value as ComposeInput;
  const planned = plan(input, loaded.file, { cwd: io.cwd, env: io.env, targets: [] });
  const info = new Map(listTargets(input, { env: io.env }).map((t) => [t.name, t]));
  const config = typeof input === 'function' ? input({ target: undefined, env: io.env }) : input;
  const texts = new Map<string, string>();
  const targets: TargetFiles[] = [];
  for (const output of planned.outputs) {
    if (output.target === undefined) continue;
    texts.set(output.shown, output.text);
    targets.push({ name: output.target, production: info.get(output.target)?.production ?? false, files: [output.shown] });
  }
  const targetOnly = new Set(Object.entries(config.services ?? {}).filter(([, s]) => s.only !== undefined).map(([n]) => n));
  const configFile = relative(io.cwd, loaded.file) || loaded.file;
  return {
    input: { texts, targets, targetOnly, configFile, ...(config.lint ? { config: config.lint as LintConfig } : {}) },
    earlier: planned.diagnostics,
  };
}

function fromFiles(values: FlagValues, positionals: string[], io: CommandIO): ProjectInput {
  const targets = targetsFromFlags(values, positionals);
  const names = [...new Set([...positionals, ...targets.flatMap((t) => t.files)])];
  const texts = new Map(names.map((name) => [name, readUserFile(io.cwd, name)]));
  const settings = lintSettings(io, str(values['lint-config']));
  return { texts, targets, ...(settings ?? {}) };
}

/** `--pairs` wins over the settings' `pairs`. */
function withPairs(input: ProjectInput, values: FlagValues): ProjectInput {
  const pairs = str(values.pairs);
  if (pairs === undefined) return input;
  if (pairs !== 'production' && pairs !== 'all') throw new UsageError(`--pairs needs production or all, got '${pairs}'`);
  const config: unknown = input.config ?? {};
  // Settings that are not an object stay as they are, for the linter to report.
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return input;
  return { ...input, config: { ...config, pairs } };
}

function maxWarnings(values: FlagValues): number | undefined {
  const text = str(values['max-warnings']);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings needs a whole number, got '${text}'`);
  return Number(text);
}

export const run: Command = async (args, io) => {
  const { values, positionals, help } = parseCommand(spec, args);
  if (help) {
    io.stdout.write(helpText(spec));
    return EXIT_OK;
  }
  const format = pickFormat(str(values.format), ['stylish', 'json', 'sarif', 'github'], 'stylish');
  const limit = maxWarnings(values);
  const yamlMode =
    positionals.length > 0 || list(values.target).length > 0 || ['dev', 'prod', 'prod-override'].some((k) => str(values[k]) !== undefined);
  const { input, earlier } = yamlMode ? { input: fromFiles(values, positionals, io), earlier: [] } : await fromConfig(values, io);
  const readFile = (composeFile: string, path: string): string | undefined => readIfFile(resolve(io.cwd, dirname(composeFile), path));
  const project: ProjectInput = { ...withPairs(input, values), readFile };

  let diagnostics: Diagnostic[];
  if (flag(values.fix) && yamlMode) {
    const { result, changed } = lintAndFix(project, specFunctions);
    for (const [file, text] of changed) writeAtomic(resolve(io.cwd, file), text, file);
    if (changed.size > 0) io.stderr.write(`compose-gen: fixed ${[...changed.keys()].join(', ')}\n`);
    for (const source of result.sources) {
      if (isGenerated(source.text)) io.stderr.write(`compose-gen: ${source.file} is generated by compose-gen; not rewritten, fix compose.config.ts instead\n`);
    }
    diagnostics = result.diagnostics;
  } else {
    if (flag(values.fix)) io.stderr.write('compose-gen: generated files are fixed by editing the config; nothing rewritten\n');
    diagnostics = lintProject(project, specFunctions).diagnostics;
  }
  const all = [...earlier, ...diagnostics];
  const catalogue = new Map<string, RuleInfo>([
    ...allRules.map((r): [string, RuleInfo] => [r.meta.id, { description: r.meta.description }]),
    ...Object.entries(engineRules).map(([id, description]): [string, RuleInfo] => [id, { description }]),
  ]);
  const code = report(all, format, io, catalogue);
  const warnings = all.filter((d) => d.severity === 'warning').length;
  if (limit !== undefined && warnings > limit) {
    io.stderr.write(`compose-gen: ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${limit}\n`);
    return EXIT_FINDINGS;
  }
  return code;
};
