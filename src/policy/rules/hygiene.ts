import type { Hit, Rule } from '../context.js';
import { parseImage } from '../service-facts.js';

// restart-policy, container-name, image-tag: what keeps a CI stack disposable, parallel and
// reproducible.

const restartPolicy: Rule = {
  id: 'restart-policy',
  check: ({ services, where }) =>
    services.flatMap(([name, service]): Hit[] => {
      const hits: Hit[] = [];
      if (service.restart === 'always' || service.restart === 'unless-stopped') {
        hits.push({
          rule: 'restart-policy',
          service: name,
          at: where.value(name, ['restart']),
          message: `Service ${name} restarts ${service.restart}: in CI that hides a crash loop behind "running" and brings the container back after cleanup. Use restart: "no" (the default) or on-failure:3.`,
        });
      }
      const swarmPolicy = (service.deploy as { restart_policy?: { condition?: string } } | undefined)?.restart_policy;
      if (swarmPolicy?.condition === 'any') {
        hits.push({
          rule: 'restart-policy',
          service: name,
          at: where.value(name, ['deploy', 'restart_policy', 'condition']),
          message: `Service ${name} has deploy.restart_policy.condition: any, which restarts it like restart: always and hides crash loops. Use on-failure with max_attempts, or none.`,
        });
      }
      return hits;
    }),
};

/**
 * True when a resolved name follows the project: it holds the project name as a word and is
 * written with interpolation (`edx.${COMPOSE_PROJECT_NAME:-devstack}.mongo`), so every copy of the
 * stack gets its own. A literal that merely contains today's project name (`myapp-db` in directory
 * myapp) is still fixed: the action's unique project names would not change it.
 */
export function followsProject(resolved: string, project: string, written: { value: unknown } | undefined): boolean {
  if (!project) return false;
  const escaped = project.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const holds = new RegExp(`(?:^|[^a-z0-9])${escaped}(?:$|[^a-z0-9])`, 'i').test(resolved);
  return holds && (written === undefined || (typeof written.value === 'string' && written.value.includes('$')));
}

const containerName: Rule = {
  id: 'container-name',
  check: ({ model, services, where }) =>
    services.flatMap(([name, service]): Hit[] =>
      service.container_name && !followsProject(service.container_name, model.name, where.written(name, ['container_name']))
        ? [{
            rule: 'container-name',
            service: name,
            at: where.value(name, ['container_name']),
            message: `Service ${name} has a fixed container_name, so a second copy of the stack (a parallel job, a matrix leg) on the same daemon fails with "name already in use". Remove it (Compose names containers after the project), or put \${COMPOSE_PROJECT_NAME} in it.`,
          }]
        : [],
    ),
};

/** A tag that names no version moves with every release: latest, stable, edge, nightly, main, alpine, lts… */
export function floatingTag(tag: string | undefined): boolean {
  return tag === undefined || !/\d/.test(tag);
}

const imageTag: Rule = {
  id: 'image-tag',
  check: ({ services, where }) => {
    // An image this stack builds (here or in another service) is only named by `image:`, and one
    // that is never pulled cannot drift from a registry.
    const built = new Set(services.filter(([, service]) => service.build !== undefined && service.image).map(([, service]) => service.image!));
    return services.flatMap(([name, service]): Hit[] => {
      if (!service.image || service.build !== undefined || built.has(service.image)) return [];
      if (service.pull_policy === 'never' || service.pull_policy === 'build') return [];
      const image = parseImage(service.image);
      if (image.digest || !floatingTag(image.tag)) return [];
      const what = !image.tag ? 'without a tag (latest)' : image.tag === 'latest' ? 'with tag latest' : `with tag ${image.tag}, which names no version`;
      return [{
        rule: 'image-tag',
        service: name,
        at: where.value(name, ['image']),
        message: `Service ${name} uses image ${image.repository} ${what}, so it changes under the tests without a commit. Pin a version tag or a digest.`,
      }];
    });
  },
};

const fixedName: Rule = {
  id: 'fixed-name',
  check: ({ model, where }) =>
    (['networks', 'volumes'] as const).flatMap((section) =>
      Object.entries(model[section] ?? {}).flatMap(([key, resource]): Hit[] => {
        // External ones exist before the stack and are shared on purpose; another rule judges those.
        if (!resource?.name || resource.external) return [];
        const { at, written } = where.resource(section, key, 'name');
        if (followsProject(resource.name, model.name, written === undefined ? undefined : { value: written })) return [];
        const kind = section === 'networks' ? 'network' : 'volume';
        // As written when it can be read: an interpolated value may come from a secret.
        const shown = typeof written === 'string' ? written : resource.name;
        return [{
          rule: 'fixed-name',
          service: '',
          at,
          message: `The ${kind} ${key} has the fixed name ${JSON.stringify(shown)}, the same for every copy of the stack: parallel jobs on one daemon share it${section === 'volumes' ? ' (and its data), and one job\'s cleanup removes what another uses' : ', and one job\'s cleanup removes it under another'}. Remove name: (Compose prefixes the project) or put \${COMPOSE_PROJECT_NAME} in it.`,
        }];
      }),
    ),
};

export const HYGIENE_RULES: Rule[] = [restartPolicy, containerName, imageTag, fixedName];
