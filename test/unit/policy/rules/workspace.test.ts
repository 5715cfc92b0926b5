import { describe, expect, test } from 'vitest';
import type { ComposeModel } from '../../../../src/compose/model.js';
import { WORKSPACE_RULES } from '../../../../src/policy/rules/workspace.js';
import { hitsOf, placed, ruleContext, WORKSPACE } from '../rule-context.js';

// outside-workspace: files and directories outside the checkout that Compose reads or sends on
// because a compose file names them — judged where they really lead.

describe('outside-workspace', () => {
  test('an env file outside the workspace, named where it is written; one inside passes', () => {
    const yaml = `services:
  app:
    image: x
    env_file:
      - ./app.env
      - ../../etc/runner.env
`;
    const hits = hitsOf(WORKSPACE_RULES, 'outside-workspace', ruleContext(yaml));
    expect(placed(hits)).toEqual(['app@6']);
    expect(hits[0]!.message).toMatch(/^Service app reads the env file \/etc\/runner\.env, outside the workspace: /);
  });

  test('an include that leads out through a link in the workspace says where it leads', () => {
    const yaml = 'include:\n  - ./shared/compose.yaml\nservices:\n  app:\n    image: x\n';
    const realPath = (file: string) => (file.startsWith(`${WORKSPACE}/shared`) ? file.replace(`${WORKSPACE}/shared`, '/opt/shared') : file);
    const hits = hitsOf(WORKSPACE_RULES, 'outside-workspace', ruleContext(yaml, { realPath, files: { '/opt/shared/compose.yaml': 'services: {}\n' } }));
    expect(hits.map((hit) => hit.message)).toEqual([expect.stringMatching(new RegExp(`^compose\\.yaml includes ${WORKSPACE}/shared/compose\\.yaml \\(a link to /opt/shared/compose\\.yaml\\), outside the workspace`))]);
    expect(hits[0]!.at.line).toBe(2);
  });

  test('build contexts: the main one and additional ones outside the workspace; URLs and images are not directories', () => {
    const yaml = `services:
  app:
    build:
      context: /srv/builds
      additional_contexts:
        base: docker-image://alpine:3
        repo: https://github.com/acme/repo.git
        secrets: /home/runner/.config
  fine:
    build: ${WORKSPACE}/api
  remote:
    build: https://github.com/acme/app.git#main
`;
    const hits = hitsOf(WORKSPACE_RULES, 'outside-workspace', ruleContext(yaml));
    expect(placed(hits)).toEqual(['app@4', 'app@8']);
    expect(hits[0]!.message).toContain('has the build context /srv/builds, outside the workspace: Compose sends that whole directory to the builder');
    expect(hits[1]!.message).toContain('has the additional build context secrets /home/runner/.config');
  });

  test('secret and config files outside the workspace, when a service uses them', () => {
    const yaml = `services:
  app:
    image: x
    secrets: [token]
    configs:
      - source: settings
secrets:
  token:
    file: /home/runner/.docker/config.json
  unused:
    file: /etc/shadow
configs:
  settings:
    file: ./settings.json
`;
    const model = {
      services: { app: { image: 'x', secrets: [{ source: 'token' }], configs: [{ source: 'settings' }] } },
      secrets: { token: { file: '/home/runner/.docker/config.json' }, unused: { file: '/etc/shadow' } },
      configs: { settings: { file: `${WORKSPACE}/settings.json` } },
    } as unknown as ComposeModel;
    const hits = hitsOf(WORKSPACE_RULES, 'outside-workspace', ruleContext(yaml, { model }));
    expect(placed(hits)).toEqual(['app@9']);
    expect(hits[0]!.message).toMatch(/^The secret token of app is the file \/home\/runner\/\.docker\/config\.json, outside the workspace/);
  });
});
