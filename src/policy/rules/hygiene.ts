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

const containerName: Rule = {
  id: 'container-name',
  check: ({ services, where }) =>
    services.flatMap(([name, service]): Hit[] =>
      service.container_name
        ? [{
            rule: 'container-name',
            service: name,
            at: where.value(name, ['container_name']),
            message: `Service ${name} has a fixed container_name, so a second copy of the stack (a parallel job, a matrix leg) on the same daemon fails with "name already in use". Remove it; Compose names containers after the project.`,
          }]
        : [],
    ),
};

const imageTag: Rule = {
  id: 'image-tag',
  check: ({ services, where }) =>
    services.flatMap(([name, service]): Hit[] => {
      // An image built here is only named by `image:`; nothing is pulled, so no tag can drift.
      if (!service.image || service.build !== undefined) return [];
      const image = parseImage(service.image);
      if (image.digest || (image.tag && image.tag !== 'latest')) return [];
      return [{
        rule: 'image-tag',
        service: name,
        at: where.value(name, ['image']),
        message: `Service ${name} uses image ${image.repository} ${image.tag ? 'with tag latest' : 'without a tag (latest)'}, which changes under the tests without a commit. Pin a version tag or a digest.`,
      }];
    }),
};

export const HYGIENE_RULES: Rule[] = [restartPolicy, containerName, imageTag];
