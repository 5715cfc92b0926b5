import { describe, expect, test } from 'vitest';
import { floatingTag, followsProject, HYGIENE_RULES } from '../../../../src/policy/rules/hygiene.js';
import { hitsOf, placed, ruleContext } from '../rule-context.js';

// restart-policy, container-name, image-tag, fixed-name: what keeps a CI stack disposable,
// parallel and reproducible.

describe('restart-policy', () => {
  test('always, unless-stopped and swarm\'s condition: any; not on-failure or no', () => {
    const hits = hitsOf(HYGIENE_RULES, 'restart-policy', ruleContext(`services:
  a:
    image: x
    restart: always
  b:
    image: x
    restart: unless-stopped
  c:
    image: x
    restart: on-failure:3
  d:
    image: x
    deploy:
      restart_policy:
        condition: any
  e:
    image: x
    deploy:
      restart_policy:
        condition: on-failure
`));
    expect(placed(hits)).toEqual(['a@4', 'b@7', 'd@15']);
  });
});

describe('container-name', () => {
  test.each([
    ['db', 'db', 'p1', true],
    // A literal holding today's project name is still the same for every copy of the stack.
    ['p1-db', 'p1-db', 'p1', true],
    ['app-${COMPOSE_PROJECT_NAME}-db', 'app-p1-db', 'p1', false],
    ['edx.${COMPOSE_PROJECT_NAME:-devstack}.mongo', 'edx.p1.mongo', 'p1', false],
    // Interpolated, but from something else than the project.
    ['${PREFIX}-db', 'ci-db', 'p1', true],
  ])('container_name %j (resolved %j, project %s) → reported: %s', (written, resolved, project, reported) => {
    const yaml = `name: ${project}\nservices:\n  db:\n    image: x\n    container_name: "${written}"\n`;
    const model = { name: project, services: { db: { image: 'x', container_name: resolved } } };
    expect(placed(hitsOf(HYGIENE_RULES, 'container-name', ruleContext(yaml, { model: model as never })))).toEqual(reported ? ['db@5'] : []);
  });

  test.each([
    ['p1', 'p1-db', undefined, true],
    ['p1', 'xp1-db', undefined, false],
    ['p1', 'db', undefined, false],
    ['', 'p1-db', undefined, false],
    ['p1', 'p1-db', { value: 'p1-db' }, false],
    ['p1', 'p1-db', { value: '${COMPOSE_PROJECT_NAME}-db' }, true],
    ['my.app', 'my.app-db', undefined, true],
    ['my.app', 'myxapp-db', undefined, false],
  ])('followsProject(%j, %j, %j) → %s', (project, resolved, written, follows) => {
    expect(followsProject(resolved, project, written)).toBe(follows);
  });
});

describe('image-tag', () => {
  test.each([
    [undefined, true],
    ['latest', true],
    ['alpine', true],
    ['stable', true],
    ['15', false],
    ['15-alpine', false],
    ['v1', false],
  ])('floatingTag(%j) → %s', (tag, floating) => {
    expect(floatingTag(tag)).toBe(floating);
  });

  test('floating tags are reported; versions, digests, built and never-pulled images are not', () => {
    const hits = hitsOf(HYGIENE_RULES, 'image-tag', ruleContext(`services:
  bare:
    image: redis
  latest:
    image: ghcr.io/acme/tool:latest
  pinned:
    image: postgres:15
  digest:
    image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000
  built:
    image: acme/api
    build: .
  uses-built:
    image: acme/api
  local:
    image: acme/local
    pull_policy: never
`));
    expect(placed(hits)).toEqual(['bare@3', 'latest@5']);
    expect(hits[0]!.message).toBe('Service bare uses image redis without a tag (latest), so it changes under the tests without a commit. Pin a version tag or a digest.');
    expect(hits[1]!.message).toContain('with tag latest');
  });
});

describe('fixed-name', () => {
  test('networks and volumes with a fixed name; external ones and project-following names pass', () => {
    const yaml = `name: p1
services:
  db:
    image: x
networks:
  shared:
    name: shared-net
  outside:
    name: corp-net
    external: true
volumes:
  data:
    name: shared-data
  own:
    name: \${COMPOSE_PROJECT_NAME}-own
`;
    const model = { name: 'p1', services: { db: { image: 'x' } }, networks: { shared: { name: 'shared-net' }, outside: { name: 'corp-net', external: true } }, volumes: { data: { name: 'shared-data' }, own: { name: 'p1-own' } } };
    const hits = hitsOf(HYGIENE_RULES, 'fixed-name', ruleContext(yaml, { model: model as never }));
    expect(placed(hits)).toEqual(['@7', '@13']);
    expect(hits[0]!.message).toMatch(/^The network shared has the fixed name "shared-net", .* one job's cleanup removes it under another\./);
    expect(hits[1]!.message).toMatch(/^The volume data has the fixed name "shared-data", .*\(and its data\)/);
  });
});
