import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of an installed workspace package, where its sources and documents are kept. */
function packageRoot(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** The data package: its source documents, README and built files. */
export function dataPackageRoot(): string {
  return packageRoot('@tally/data');
}

/** The core library: its documentation of audit codes lives beside the audit. */
export function corePackageRoot(): string {
  return packageRoot('@tally/core');
}
