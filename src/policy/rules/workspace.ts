import path from 'node:path';
import { isWithin } from '../../core/paths.js';
import type { FileReference, Position } from '../../compose/positions.js';
import { isRecord, type Hit, type Rule, type RuleContext } from '../context.js';

// outside-workspace: files and directories outside the checked-out tree that Compose reads or
// sends on because a compose file names them — an included or extended compose file, an env file,
// a secret or config file (mounted into the container), a build context (sent whole to the
// builder, where COPY puts it in the image). Judged after symlinks: a link in the workspace to
// /etc is /etc.

/** A build context or additional context that is a directory here, not a URL or an image. */
function localContext(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^(git@|github\.com\/)/.test(value) || /^(docker-image|service|target|oci-layout):/.test(value)) return undefined;
  return value;
}

const WHAT: Record<FileReference['kind'], string> = {
  include: 'includes',
  extends: 'extends a service of',
  env_file: 'reads the env file',
};

function outside(context: RuleContext, absolute: string): string | undefined {
  if (!context.host.confined) return undefined;
  const resolved = context.host.resolve(absolute);
  return isWithin(context.host.workspace, resolved) ? undefined : resolved;
}

function linked(written: string, resolved: string): string {
  return resolved === written ? written : `${written} (a link to ${resolved})`;
}

const outsideWorkspace: Rule = {
  id: 'outside-workspace',
  check: (context) => {
    const { model, services, where, references } = context;
    const hits: Hit[] = [];
    for (const reference of references) {
      const resolved = outside(context, reference.target);
      if (!resolved) continue;
      const who = reference.service ? `Service ${reference.service}` : reference.at.line > 0 ? path.basename(reference.at.file) : 'Compose';
      hits.push({
        rule: 'outside-workspace',
        service: reference.service ?? '',
        at: reference.at,
        message: `${who} ${WHAT[reference.kind]} ${linked(reference.target, resolved)}, outside the workspace: Compose reads it although it is no part of the checkout, so a pull request reaches files of the runner through it. Keep it inside the repository.`,
      });
    }
    for (const [name, service] of services) {
      const build = service.build;
      const contexts: Array<{ label: string; value: string; at: () => Position }> = [];
      const main = localContext(isRecord(build) ? build.context : build);
      if (main) contexts.push({ label: 'build context', value: main, at: () => where.first(name, [['build', 'context'], ['build']]) });
      const additional = isRecord(build) && isRecord(build.additional_contexts) ? build.additional_contexts : {};
      for (const [key, value] of Object.entries(additional)) {
        const local = localContext(value);
        if (local) contexts.push({ label: `additional build context ${key}`, value: local, at: () => where.value(name, ['build', 'additional_contexts', key]) });
      }
      for (const entry of contexts) {
        const resolved = outside(context, path.resolve('/', entry.value));
        if (!resolved) continue;
        hits.push({
          rule: 'outside-workspace',
          service: name,
          at: entry.at(),
          message: `Service ${name} has the ${entry.label} ${linked(entry.value, resolved)}, outside the workspace: Compose sends that whole directory to the builder, and COPY puts any of it into the image. Keep build contexts inside the repository.`,
        });
      }
    }
    for (const kind of ['secrets', 'configs'] as const) {
      const declared = isRecord(model[kind]) ? (model[kind] as Record<string, unknown>) : {};
      for (const [name, definition] of Object.entries(declared)) {
        const file = isRecord(definition) && typeof definition.file === 'string' ? definition.file : undefined;
        const resolved = file && outside(context, path.resolve('/', file));
        if (!file || !resolved) continue;
        const users = services.filter(([, service]) => (Array.isArray(service[kind]) ? (service[kind] as unknown[]) : []).some((use) => (isRecord(use) ? use.source : use) === name)).map(([service]) => service);
        if (users.length === 0) continue;
        hits.push({
          rule: 'outside-workspace',
          service: users[0]!,
          at: where.top([kind, name, 'file']),
          message: `The ${kind === 'secrets' ? 'secret' : 'config'} ${name} of ${users.join(', ')} is the file ${linked(file, resolved)}, outside the workspace: Compose mounts it into the container, so a pull request reads the runner's files through it. Keep it inside the repository, or pass the value through the environment.`,
        });
      }
    }
    return hits;
  },
};

export const WORKSPACE_RULES: Rule[] = [outsideWorkspace];
