import buildAndImage from './rules/compose/build-and-image.js';
import bindAllInterfaces from './rules/compose/bind-all-interfaces.js';
import explicitImageTag from './rules/compose/explicit-image-tag.js';
import obsoleteVersion from './rules/compose/obsolete-version.js';
import projectName from './rules/compose/project-name.js';
import containerPort from './rules/drift/container-port.js';
import dependsOn from './rules/drift/depends-on.js';
import environmentKeys from './rules/drift/environment-keys.js';
import healthcheck from './rules/drift/healthcheck.js';
import image from './rules/drift/image.js';
import serviceSet from './rules/drift/service-set.js';
import bindMount from './rules/prod/bind-mount.js';
import debug from './rules/prod/debug.js';
import devServer from './rules/prod/dev-server.js';
import plaintextSecret from './rules/prod/plaintext-secret.js';
import publishedDatastorePort from './rules/prod/published-datastore-port.js';
import restartPolicy from './rules/prod/restart-policy.js';
import unpinnedImage from './rules/prod/unpinned-image.js';
import containerNamePattern from './rules/style/container-name-pattern.js';
import portQuotes from './rules/style/port-quotes.js';
import serviceKeyOrder from './rules/style/service-key-order.js';
import sortedDependencies from './rules/style/sorted-dependencies.js';
import sortedPorts from './rules/style/sorted-ports.js';
import sortedServices from './rules/style/sorted-services.js';
import topLevelKeyOrder from './rules/style/top-level-key-order.js';
import volumeQuotes from './rules/style/volume-quotes.js';
import type { Rule } from './types.js';

/** Every rule, in catalogue order. */
export const allRules: readonly Rule<unknown>[] = [
  image, environmentKeys, containerPort, healthcheck, dependsOn, serviceSet,
  bindMount, devServer, debug, plaintextSecret, restartPolicy, publishedDatastorePort, unpinnedImage,
  buildAndImage, obsoleteVersion, projectName, explicitImageTag, bindAllInterfaces,
  volumeQuotes, portQuotes, containerNamePattern, sortedDependencies, sortedPorts, sortedServices, serviceKeyOrder,
  topLevelKeyOrder,
] as unknown as readonly Rule<unknown>[];

/** Ids the linter itself reports, about its settings and suppressions. */
export const engineRules: Readonly<Record<string, string>> = {
  'lint/config': 'A lint setting cannot be used: unknown rule, bad severity, unknown or invalid option, wrong shape.',
  'lint/unused-suppression': 'An allow entry or a compose-gen-disable-next-line comment matches no finding.',
  'lint/suppression-reason': 'A suppression does not say why: allow entries need reason, comments need `-- reason`.',
};
