import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintProject, type RuleSetting } from '@compose-gen/lint';
import { testSpec } from './_spec.js';

const base = new URL('../../../../shared/corpus/', import.meta.url);
const real = (rule: string, file: string): string => `real/docker-compose-linter/tests/rules/${rule}/${file}`;
const invalid = (rule: string, file: string): string => `invalid/docker-compose-linter/tests/rules/${rule}/${file}`;

// dclint's own fixtures, judged by the rule that answers the same question here: [fixture, rule, setting, findings].
const cases: [string, string, RuleSetting, number][] = [
  [real('no-build-and-image-rule', 'yamlWithBuildAndImage.yaml'), 'compose/build-and-image', 'warn', 2],
  [real('no-build-and-image-rule', 'yamlWithBuildImageAndPullPolicy.yaml'), 'compose/build-and-image', 'warn', 0],
  [real('no-build-and-image-rule', 'yamlWithOnlyBuild.yaml'), 'compose/build-and-image', 'warn', 0],
  [real('no-build-and-image-rule', 'yamlWithOnlyImage.yaml'), 'compose/build-and-image', 'warn', 0],
  [invalid('no-duplicate-container-names-rule', 'yamlWithDuplicateContainerNames.yaml'), 'service/duplicate-container-name', 'error', 1],
  [real('no-duplicate-container-names-rule', 'yamlWithUniqueContainerNames.yaml'), 'service/duplicate-container-name', 'error', 0],
  [real('no-duplicate-exported-ports-rule', 'yamlWithUniquePorts.yaml'), 'ports/host-conflict', 'error', 0],
  [real('no-duplicate-exported-ports-rule', 'yamlWithRangeOverlap.yaml'), 'ports/host-conflict', 'error', 1],
  [invalid('no-quotes-in-volumes-rule', 'incorrectYAML.yaml'), 'style/volume-quotes', 'warn', 1],
  [invalid('no-quotes-in-volumes-rule', 'correctYAML.yaml'), 'style/volume-quotes', 'warn', 0],
  [real('no-unbound-port-interfaces-rule', 'yamlWithImplicitListenEverywherePorts.yaml'), 'compose/bind-all-interfaces', 'warn', 3],
  [real('no-unbound-port-interfaces-rule', 'yamlWithExplicitListenIPPorts.yaml'), 'compose/bind-all-interfaces', 'warn', 0],
  [real('no-version-field-rule', 'yamlWithVersion.yaml'), 'compose/obsolete-version', 'info', 1],
  [real('no-version-field-rule', 'yamlWithoutVersion.yaml'), 'compose/obsolete-version', 'info', 0],
  [real('require-project-name-field-rule', 'yamlWithoutName.yaml'), 'compose/project-name', 'warn', 1],
  [real('require-project-name-field-rule', 'yamlWithName.yaml'), 'compose/project-name', 'warn', 0],
  [invalid('require-quotes-in-ports-rule', 'yamlWithoutQuotes.yaml'), 'style/port-quotes', ['warn', { mode: 'all', fields: ['ports', 'expose'] }], 3],
  [invalid('require-quotes-in-ports-rule', 'yamlWithDoubleQuotes.yaml'), 'style/port-quotes', ['warn', { mode: 'all', fields: ['ports', 'expose'] }], 0],
  [invalid('require-quotes-in-ports-rule', 'yamlWithSingleQuotes.yaml'), 'style/port-quotes', ['warn', { mode: 'all', fields: ['ports', 'expose'] }], 0],
  [real('service-container-name-regex-rule', 'yamlWithInvalidContainerName.yaml'), 'style/container-name-pattern', 'error', 1],
  [real('service-container-name-regex-rule', 'yamlWithValidContainerName.yaml'), 'style/container-name-pattern', 'error', 0],
  [invalid('service-dependencies-alphabetical-order-rule', 'yamlWithIncorrectShortSyntax.yaml'), 'style/sorted-dependencies', 'warn', 1],
  [invalid('service-dependencies-alphabetical-order-rule', 'yamlWithIncorrectLongSyntax.yaml'), 'style/sorted-dependencies', 'warn', 1],
  [invalid('service-dependencies-alphabetical-order-rule', 'yamlWithCorrectShortSyntax.yaml'), 'style/sorted-dependencies', 'warn', 0],
  [invalid('service-dependencies-alphabetical-order-rule', 'yamlWithCorrectLongSyntax.yaml'), 'style/sorted-dependencies', 'warn', 0],
  [real('service-image-require-explicit-tag-rule', 'yamlWithoutTag.yaml'), 'compose/explicit-image-tag', 'warn', 4],
  [real('service-image-require-explicit-tag-rule', 'yamlWithLatestTag.yaml'), 'compose/explicit-image-tag', 'warn', 4],
  [real('service-image-require-explicit-tag-rule', 'yamlWithStableTag.yaml'), 'compose/explicit-image-tag', ['warn', { prohibited: ['latest', 'stable'] }], 4],
  [real('service-image-require-explicit-tag-rule', 'yamlWithProhibitedTags.yaml'), 'compose/explicit-image-tag', ['warn', { prohibited: ['edge', 'test', 'nightly', 'dev', 'beta', 'canary'] }], 6],
  [real('service-image-require-explicit-tag-rule', 'yamlWithSpecificVersion.yaml'), 'compose/explicit-image-tag', 'warn', 0],
  [real('service-keys-order-rule', 'yamlWithIncorrectOrder.yaml'), 'style/service-key-order', 'warn', 1],
  [real('service-keys-order-rule', 'yamlWithCorrectOrder.yaml'), 'style/service-key-order', 'warn', 0],
  [real('service-ports-alphabetical-order-rule', 'yamlWithIncorrectPortOrder.yaml'), 'style/sorted-ports', 'warn', 1],
  [real('service-ports-alphabetical-order-rule', 'yamlWithCorrectPortOrder.yaml'), 'style/sorted-ports', 'warn', 0],
  [real('services-alphabetical-order-rule', 'yamlWithIncorrectOrder.yaml'), 'style/sorted-services', 'warn', 1],
  [real('services-alphabetical-order-rule', 'yamlWithCorrectOrder.yaml'), 'style/sorted-services', 'warn', 0],
  [real('top-level-properties-order-rule', 'yamlWithIncorrectOrder.yaml'), 'style/top-level-key-order', 'warn', 1],
  [real('top-level-properties-order-rule', 'yamlWithCorrectOrder.yaml'), 'style/top-level-key-order', 'warn', 0],
];

describe("dclint's fixtures, judged by our rules", () => {
  it.each(cases)('%s: %s', (path, rule, setting, count) => {
    const text = readFileSync(new URL(path, base), 'utf8');
    const { diagnostics } = lintProject(
      { texts: new Map([[path, text]]), targets: [], files: [path], config: { rules: { [rule]: setting } } },
      testSpec,
    );
    expect(diagnostics.filter((d) => d.ruleId === rule).map((d) => `${d.line}:${d.column} ${d.message}`)).toHaveLength(count);
  });
});
