import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../src/compose/model.js';
import { imageHealth } from '../../../src/policy/image-health.js';
import type { ImageHealth } from '../../../src/policy/service-facts.js';
import { DockerUnavailableError, type DockerApi, type ImageDetails } from '../../../src/ports/docker.js';
import { evaluateFixture, lineOf } from './support.js';

// The images' own HEALTHCHECK, as the daemon reports it, and what the health rules make of it.

const S = 1e9;

/** A daemon that has some images (and is asked once per distinct image). */
function daemon(images: Record<string, ImageDetails['healthcheck'] | null>, failing = false): Pick<DockerApi, 'inspectImage'> & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    inspectImage: async (reference) => {
      asked.push(reference);
      if (failing) throw new DockerUnavailableError('unix:///var/run/docker.sock', 'image inspect', new Error('ECONNREFUSED'), false);
      if (!(reference in images)) return undefined;
      const check = images[reference];
      return { id: `sha256:${reference}`, healthcheck: check ?? undefined };
    },
  };
}

const model: ComposeModel = {
  name: 'p',
  services: {
    a: { image: 'with-check:1' },
    b: { image: 'with-check:1' },
    c: { image: 'plain:1' },
    d: { image: 'elsewhere:1' },
    built: { build: { context: '.' } },
    off: { image: 'with-check:1', healthcheck: { disable: true } },
  },
};

describe('imageHealth', () => {
  test('each distinct image is inspected once; local ones are known, others unknown', async () => {
    const docker = daemon({
      'with-check:1': { test: ['CMD-SHELL', 'true'], intervalNs: 10 * S, timeoutNs: 3 * S, retries: 0, startPeriodNs: 0 },
      'plain:1': null,
      'p-built': { test: ['NONE'], intervalNs: 0, timeoutNs: 0, retries: 0, startPeriodNs: 0 },
    });
    const health = await imageHealth(docker, model);
    expect(docker.asked.sort()).toEqual(['elsewhere:1', 'p-built', 'plain:1', 'with-check:1']);
    expect(Object.fromEntries(health)).toEqual({
      a: { known: true, healthcheck: { intervalMs: 10_000, timeoutMs: 3000, startPeriodMs: undefined, retries: undefined } },
      b: { known: true, healthcheck: { intervalMs: 10_000, timeoutMs: 3000, startPeriodMs: undefined, retries: undefined } },
      c: { known: true },
      d: { known: false },
      // Compose names what it builds <project>-<service>; test NONE is no health check.
      built: { known: true },
    });
  });

  test('no daemon, or one that does not answer: everything unknown, nothing thrown', async () => {
    expect(await imageHealth(undefined, model)).toEqual(new Map());
    const health = await imageHealth(daemon({}, true), model);
    expect([...health.values()].every((entry) => !entry.known)).toBe(true);
  });
});

describe('health rules with the images the daemon has', () => {
  const known = (healthcheck?: NonNullable<Extract<ImageHealth, { known: true }>['healthcheck']>): ImageHealth => ({ known: true, healthcheck });
  const timeoutFinding = (images: Map<string, ImageHealth>) =>
    evaluateFixture('health', { images }).findings.filter((finding) => finding.rule === 'healthcheck-timing' && finding.service === 'only-interval');

  test("a timeout the file leaves unset comes from the image's HEALTHCHECK: no finding when it is below the interval", () => {
    expect(timeoutFinding(new Map([['only-interval', known({ timeoutMs: 3000 })]]))).toEqual([]);
  });

  test("an image without a HEALTHCHECK: Docker's default, said as certain", () => {
    const [finding] = timeoutFinding(new Map([['only-interval', known()]]));
    expect(finding!.message).toContain("may take 30.0 s (timeout, Docker's default (the image sets none))");
  });

  test('an image the daemon does not have: the timeout is said to be unknown, not guessed', () => {
    const [finding] = timeoutFinding(new Map());
    expect(finding!.message).toContain("Docker's default unless the image's own HEALTHCHECK sets another: unknown, as the image is not on this daemon");
    expect(finding!.message).not.toContain('the image sets none');
  });

  test("a service whose image has a HEALTHCHECK needs none in the file, and dependants should wait for it", () => {
    const images = new Map([['image-check', known({ intervalMs: 30_000 })]]);
    const findings = evaluateFixture('health', { images }).findings;
    expect(findings.filter((finding) => finding.rule === 'healthcheck' && finding.service === 'image-check')).toEqual([]);
    const race = findings.filter((finding) => finding.rule === 'depends-on-healthy' && finding.service === 'api2');
    expect(race.map((finding) => finding.line)).toEqual([lineOf('health', 'compose.yaml', 'depends_on: [image-check]')]);
    expect(race[0]!.message).toContain("(its image's own HEALTHCHECK)");
    // Without the daemon's word, api2 is not told to wait for a health check that may not exist.
    expect(evaluateFixture('health').findings.filter((finding) => finding.rule === 'depends-on-healthy' && finding.service === 'api2')).toEqual([]);
  });

  test("a slow starter whose image sets a start period is not told to add one", () => {
    const startFindings = (images: Map<string, ImageHealth>) =>
      evaluateFixture('health', { images }).findings.filter((finding) => finding.service === 'db' && finding.message.includes('start_period'));
    expect(startFindings(new Map([['db', known({ startPeriodMs: 60_000 })]]))).toEqual([]);
    expect(startFindings(new Map([['db', known()]]))).toHaveLength(1);
  });
});
