import path from 'node:path';
import type { Position } from '../../compose/positions.js';
import { isRecord, type Hit, type Rule, type RuleContext } from '../context.js';
import { judgeHostPath, type HostAccess } from '../host.js';

// docker-socket, host-path, devices: what a service mounts from the host, judged by where it
// really leads — bind sources through the workspace's symlinks, named volumes whose driver
// options bind a host path — and the host devices it is handed.

/** A host path a service mounts, however the compose file spells it. */
interface HostMount {
  service: string;
  /** Absolute host path, as Compose printed it (or the volume's `device`). */
  source: string;
  target: string;
  readOnly: boolean;
  /** How the file spells the mount, for messages ("./sock", "volume root (device /)"). */
  spelled: string;
  at: Position;
}

/** Mount options of the local driver that make a named volume a bind of its `device`. */
const BIND_OPTIONS = new Set(['bind', 'rbind']);
/** Volume types that mount something remote or in memory, never a host path. */
const REMOTE_TYPES = new Set(['nfs', 'nfs4', 'cifs', 'smb', 'smb3', 'tmpfs', 'ramfs', 'glusterfs', 'ceph']);

/**
 * The target of a short-syntax volume ("src:/target:ro") or a long-syntax entry. Interpolations
 * are blanked first: `${RUNNER_TEMP:-/tmp}:/t` has a colon of its own before the target.
 */
function writtenTarget(value: unknown): string | undefined {
  const target = isRecord(value) ? value.target : typeof value === 'string' ? value.replace(/\$\{[^}]*\}/g, '$').split(':')[1] : undefined;
  // Compose prints targets cleaned ("/etc/pihole/" becomes "/etc/pihole").
  return typeof target === 'string' ? path.posix.normalize(target).replace(/(.)\/+$/, '$1') : undefined;
}

function hostMounts({ model, services, where }: RuleContext): HostMount[] {
  const volumes = (model.volumes ?? {}) as Record<string, unknown>;
  return services.flatMap(([name, service]) =>
    (service.volumes ?? []).flatMap((volume): HostMount[] => {
      const at = (): Position => where.entry(name, ['volumes'], ({ value }) => writtenTarget(value) === volume.target);
      if (volume.type === 'bind' && volume.source) {
        return [{ service: name, source: volume.source, target: volume.target, readOnly: volume.read_only === true, spelled: volume.source, at: at() }];
      }
      if (volume.type !== 'volume' || !volume.source) return [];
      const declared = volumes[volume.source];
      const driver = isRecord(declared) ? declared.driver : undefined;
      const options = isRecord(declared) && isRecord(declared.driver_opts) ? declared.driver_opts : undefined;
      const device = options?.device;
      if (!options || typeof device !== 'string' || (driver !== undefined && driver !== 'local')) return [];
      const flags = String(options.o ?? '').split(',').map((flag) => flag.trim());
      const type = String(options.type ?? '');
      // The local driver mounts `device` with mount(2): a bind of a host path, or a host block
      // device formatted with `type`; a relative device is resolved from dockerd's directory, /.
      const mountsHostPath = flags.some((flag) => BIND_OPTIONS.has(flag)) || (!REMOTE_TYPES.has(type) && /^[./]/.test(device));
      if (!mountsHostPath) return [];
      return [{
        service: name,
        source: device.startsWith('/') ? device : `/${device}`,
        target: volume.target,
        readOnly: volume.read_only === true || flags.includes('ro'),
        spelled: `volume ${volume.source} (driver_opts device ${device})`,
        at: where.top(['volumes', volume.source, 'driver_opts', 'device']),
      }];
    }),
  );
}

function describe(mount: HostMount, access: HostAccess): string {
  const through = mount.spelled === mount.source && access.resolved !== path.resolve(mount.source) ? `${mount.source} (a link to ${access.resolved})` : mount.spelled;
  return `${through} at ${mount.target}${mount.readOnly ? ' read-only' : ''}, which reaches ${access.what}`;
}

const dockerSocket: Rule = {
  id: 'docker-socket',
  check: (context) =>
    hostMounts(context).flatMap((mount): Hit[] => {
      const access = judgeHostPath(mount.source, mount.readOnly, context.host);
      if (access?.kind !== 'socket') return [];
      return [{
        rule: 'docker-socket',
        service: mount.service,
        at: mount.at,
        message: `Service ${mount.service} mounts ${describe(mount, access)}: that is root on the host, so a pull request could take over the runner. Remove the mount; give tests their own daemon if they need Docker.`,
      }];
    }),
};

const hostPath: Rule = {
  id: 'host-path',
  check: (context) =>
    hostMounts(context).flatMap((mount): Hit[] => {
      const access = judgeHostPath(mount.source, mount.readOnly, context.host);
      if (access?.kind !== 'host') return [];
      return [{
        rule: 'host-path',
        service: mount.service,
        at: mount.at,
        message: `Service ${mount.service} mounts ${describe(mount, access)}: a container runs as root there, so it can read the host's secrets or change what runs next (the system, other jobs, later steps of this one). Mount a directory of the workspace instead.`,
      }];
    }),
};

/** "/dev/sda" from "/dev/sda:/dev/xvda:rwm" or a long-syntax entry. */
function deviceSource(value: unknown): string | undefined {
  if (isRecord(value)) return typeof value.source === 'string' ? value.source : undefined;
  return typeof value === 'string' ? value.split(':')[0] : undefined;
}

const devices: Rule = {
  id: 'devices',
  check: ({ services, where }) =>
    services.flatMap(([name, service]): Hit[] => {
      const given = Array.isArray(service.devices) ? (service.devices as unknown[]) : [];
      const hits = given.flatMap((device): Hit[] => {
        const source = deviceSource(device);
        if (!source) return [];
        return [{
          rule: 'devices',
          service: name,
          at: where.entry(name, ['devices'], ({ value }) => deviceSource(value) === source),
          message: `Service ${name} is given the host device ${source}: it reads and writes the hardware behind it directly (a disk, the GPU, /dev/kvm…), past every container boundary. Remove it from devices:.`,
        }];
      });
      const rules = Array.isArray(service.device_cgroup_rules) ? (service.device_cgroup_rules as unknown[]) : [];
      if (rules.length > 0) {
        hits.push({
          rule: 'devices',
          service: name,
          at: where.value(name, ['device_cgroup_rules']),
          message: `Service ${name} sets device_cgroup_rules (${rules.map(String).join(', ')}): the container may create and open host devices it names, such as the host's disks. Remove them.`,
        });
      }
      return hits;
    }),
};

export const HOST_ACCESS_RULES: Rule[] = [dockerSocket, hostPath, devices];
