// Runs the rules on a recorded policy fixture, positions from its real files, no Compose.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ComposeSources } from '../../../src/compose/positions.js';
import { defaultPolicyConfig, type PolicyConfig } from '../../../src/policy/config.js';
import type { InjectedLimits, MemoryBudget } from '../../../src/policy/context.js';
import { evaluatePolicy, type Evaluation } from '../../../src/policy/evaluate.js';
import type { ImageHealth } from '../../../src/policy/service-facts.js';
import { scanSuppressions } from '../../../src/policy/suppress.js';
import { fixture, fixtureDir, recordedModel } from '../../fixtures/policy/fixtures.js';

export const GiB = 1024 ** 3;
export const MiB = 1024 ** 2;

export interface FixtureOptions {
  config?: PolicyConfig;
  memoryBudget?: MemoryBudget | null;
  injected?: Map<string, InjectedLimits>;
  /** Each service's image HEALTHCHECK as a daemon would report it; absent means unknown. */
  images?: Map<string, ImageHealth>;
}

export function evaluateFixture(name: string, options: FixtureOptions = {}): Evaluation {
  const entry = fixture(name);
  const dir = fixtureDir(entry);
  const files = entry.files.map((file) => path.join(dir, file));
  const sources = ComposeSources.load(files, (file) => readFileSync(file, 'utf8'));
  return evaluatePolicy({
    model: recordedModel(entry),
    sources,
    firstFile: files[0]!,
    config: options.config ?? defaultPolicyConfig(),
    memoryBudget: options.memoryBudget === null ? undefined : (options.memoryBudget ?? { bytes: 64 * GiB, label: 'test budget' }),
    injected: options.injected,
    images: options.images,
    displayPath: (absolute) => path.relative(dir, absolute),
    suppressions: new Map(sources.files.map((source) => [source.path, scanSuppressions(source.text)])),
  });
}

/** 1-based line of the nth line containing `snippet` in a fixture file: expectations read from the file itself. */
export function lineOf(fixtureName: string, file: string, snippet: string, occurrence = 1): number {
  const lines = readFileSync(path.join(fixtureDir(fixture(fixtureName)), file), 'utf8').split('\n');
  let seen = 0;
  for (let index = 0; index < lines.length; index += 1) {
    if (lines[index]!.includes(snippet) && ++seen === occurrence) return index + 1;
  }
  throw new Error(`'${snippet}' (#${occurrence}) not in ${fixtureName}/${file}`);
}
