import { describe, expect, test } from 'vitest';
import { buildPhase, buildsAnything } from '../../../../src/app/phases/build.js';
import { presentImages, pullPhase } from '../../../../src/app/phases/pull.js';
import type { ComposeModel } from '../../../../src/compose/model.js';
import { settingsOf, type World } from '../pipeline-support.js';
import { HEALTHY_MODEL, world, type WorldOptions } from '../world.js';

// The pull and build phases as the start calls them: what each decides per image (said in the
// log), what it fetches, and the one line that sums it up.

const BUILT: ComposeModel = {
  name: 'p',
  services: {
    api: { image: 'p-api', build: { context: '.' } },
    db: { image: 'postgres:15' },
  },
} as ComposeModel;

const OPTIONS = { overrideFile: '/run/override.yaml', signal: new AbortController().signal };

/** A world whose run directory holds the override every compose call is given. */
function phase(options: WorldOptions): World {
  const w = world(options);
  w.files.writeText(OPTIONS.overrideFile, 'services: {}\n');
  return w;
}

describe('presentImages', () => {
  test('asks the daemon once per distinct reference and keeps those it has', async () => {
    const asked: string[] = [];
    const images = { imageId: async (reference: string) => (asked.push(reference), reference === 'postgres:15' ? 'sha256:1' : undefined) };
    expect(await presentImages(images, ['postgres:15', 'nginx:1.27', 'postgres:15'])).toEqual(new Set(['postgres:15']));
    expect(asked).toEqual(['postgres:15', 'nginx:1.27']);
  });
});

describe('pullPhase', () => {
  test('images already on the daemon: nothing pulled, each decision said', async () => {
    const w = phase({});
    const pulled = await pullPhase(w.deps, w.deps.runtime, settingsOf(w), HEALTHY_MODEL, OPTIONS);
    expect(pulled.section.images.map((image) => [image.image, image.outcome])).toEqual([
      ['nginx:1.27', 'present'],
      ['postgres:15', 'present'],
    ]);
    expect(w.events.filter((event) => event.startsWith('compose pull'))).toEqual([]);
    expect(w.events).toEqual(['info: nginx:1.27 (web): present — on the daemon.', 'info: postgres:15 (db): present — on the daemon.']);
  });

  test('a missing image is pulled under the override, and the phase sums it up', async () => {
    const w = phase({ images: ['nginx:1.27'] });
    const pulled = await pullPhase(w.deps, w.deps.runtime, settingsOf(w), HEALTHY_MODEL, OPTIONS);
    expect(pulled.section.images.find((image) => image.image === 'postgres:15')?.outcome).toBe('pulled');
    expect(w.events).toContain('info: postgres:15 (db): pull — not on the daemon.');
    expect(w.events).toContain('compose pull db');
    expect(w.events.at(-1)).toBe('info: Pulled 1 image in 1.0 s.');
    expect(pulled.imageCache).toBeUndefined();
  });

  test('pull: never with an image that is not there: a failure, nothing pulled', async () => {
    const w = phase({ images: [], inputs: { pull: 'never' } });
    const pulled = await pullPhase(w.deps, w.deps.runtime, settingsOf(w), HEALTHY_MODEL, OPTIONS);
    expect(pulled.section.failure).toMatch(/nginx:1\.27|postgres:15/);
    expect(w.events.filter((event) => event.startsWith('compose pull'))).toEqual([]);
    expect(w.events.some((event) => event.startsWith('info: Pulled'))).toBe(false);
  });

  test('every service builds: no pull is planned, and that is said', async () => {
    const w = phase({ model: { name: 'p', services: { api: { image: 'p-api', build: { context: '.' } } } } as ComposeModel });
    const pulled = await pullPhase(w.deps, w.deps.runtime, settingsOf(w), { name: 'p', services: { api: { image: 'p-api', build: { context: '.' } } } } as ComposeModel, OPTIONS);
    expect(pulled.section.images).toEqual([]);
    expect(w.events).toEqual(['info: No service pulls an image: every one builds its own.']);
  });
});

describe('the build phase', () => {
  test.each([
    ['only pulled images', HEALTHY_MODEL, false],
    ['a service with build:', BUILT, true],
  ])('buildsAnything: %s → %s', (_name, model, expected) => {
    expect(buildsAnything(model)).toBe(expected);
  });

  test('an image to build: built under the override, its output as untrusted text, summed up', async () => {
    const w = phase({ model: BUILT, images: ['postgres:15'] });
    const section = await buildPhase(w.deps, w.deps.runtime, settingsOf(w), BUILT, OPTIONS);
    expect(section.services.map((build) => [build.service, build.outcome])).toEqual([['api', 'built']]);
    expect(w.events).toContain('info: api (p-api): build — not on the daemon.');
    expect(w.events).toContain('compose build api +override');
    expect(w.events).toContain('output: #1 [api 1/2] FROM base');
    expect(w.events.at(-1)).toBe('info: Built 1 image in 4.0 s.');
  });

  test('an image already built: nothing built, no summary line', async () => {
    const w = phase({ model: BUILT, images: ['postgres:15', 'p-api'] });
    const section = await buildPhase(w.deps, w.deps.runtime, settingsOf(w), BUILT, OPTIONS);
    expect(section.services.map((build) => build.outcome)).toEqual(['present']);
    expect(w.events).toEqual(['info: api (p-api): present — on the daemon.']);
  });

  test('a build that fails: the failure in the section, no summary line', async () => {
    const w = phase({ model: BUILT, images: ['postgres:15'], buildErrors: { api: 'ERROR: failed to solve: process "/bin/sh -c make" did not complete successfully: exit code: 2' } });
    const section = await buildPhase(w.deps, w.deps.runtime, settingsOf(w), BUILT, OPTIONS);
    expect(section.failure).toContain('api');
    expect(w.events.some((event) => event.startsWith('info: Built'))).toBe(false);
  });
});
