import { describe, expect, test } from 'vitest';
import type { ComposeCli } from '../../../src/compose/compose-cli.js';
import type { ComposeModel } from '../../../src/compose/model.js';
import { PolicyInputError, runPolicyCheck, type PolicyIo } from '../../../src/policy/check.js';
import { defaultPolicyConfig } from '../../../src/policy/config.js';
import type { StackTarget } from '../../../src/compose/target.js';

// Compose starts a stack without complaint when asked for a profile no service declares (a typo
// in `profiles` tests less, silently): the check refuses such a profile, naming those declared.

const TEXT = 'services:\n  app:\n    image: x\n  extra:\n    image: x\n    profiles: [extra, debug]\n';
const SERVICES: ComposeModel['services'] = {
  app: { image: 'x' } as ComposeModel['services'][string],
  extra: { image: 'x', profiles: ['extra', 'debug'] } as ComposeModel['services'][string],
};

/** `config` as Compose answers it: services without profiles, plus those of the enabled ones. */
class ProfileCompose implements Pick<ComposeCli, 'config'> {
  readonly asked: string[][] = [];
  constructor(private readonly services: ComposeModel['services']) {}
  async config(target: StackTarget): Promise<ComposeModel> {
    this.asked.push(target.profiles);
    const enabled = (profiles?: string[]): boolean => !profiles || target.profiles.includes('*') || profiles.some((profile) => target.profiles.includes(profile));
    return { name: target.projectName, services: Object.fromEntries(Object.entries(this.services).filter(([, service]) => enabled(service.profiles))) } as ComposeModel;
  }
}

const io: PolicyIo = { readText: () => TEXT, writeText: () => undefined };

async function check(profiles: string[], text = TEXT, services = SERVICES): Promise<{ compose: ProfileCompose; error?: unknown }> {
  const compose = new ProfileCompose(services);
  const target: StackTarget = { workingDirectory: '/w', files: ['compose.yaml'], projectName: 'p', profiles, envFiles: [] };
  try {
    await runPolicyCheck(compose as unknown as ComposeCli, target, { ...io, readText: () => text }, { config: defaultPolicyConfig(), displayBase: '/w' });
    return { compose };
  } catch (error) {
    return { compose, error };
  }
}

describe('profiles no service declares', () => {
  test.each([[[]], [['extra']], [['debug', 'extra']], [['*']]])('%j: accepted with one config call', async (profiles) => {
    const { compose, error } = await check(profiles);
    expect(error).toBeUndefined();
    expect(compose.asked).toEqual([profiles]);
  });

  test('a typo is refused, naming the profiles that are declared', async () => {
    const { error } = await check(['extra', 'integraton', 'nope']);
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).problems).toEqual([
      "profile 'integraton' is declared by no service of compose.yaml (declared: debug, extra); Compose would start the stack without it",
      "profile 'nope' is declared by no service of compose.yaml (declared: debug, extra); Compose would start the stack without it",
    ]);
  });

  test('a file without profiles says none is declared', async () => {
    const { error } = await check(['ci'], 'services:\n  app:\n    image: x\n', { app: SERVICES.app! });
    expect((error as PolicyInputError).problems).toEqual(["profile 'ci' is declared by no service of compose.yaml (none is declared); Compose would start the stack without it"]);
  });
});
