import type { Severity } from './finding.js';

// Every rule the policy knows: its id, default severity and the help text that SARIF viewers,
// the docs and `--help` show. The rules' logic lives in rules/; this table is the one list of ids
// (the config parser and inline suppressions reject anything not named here).

export const RULE_IDS = [
  'memory-limit',
  'cpu-limit',
  'tmpfs-size',
  'memory-budget',
  'healthcheck',
  'healthcheck-timing',
  'depends-on-healthy',
  'restart-policy',
  'port-conflict',
  'port-bind-all',
  'container-name',
  'image-tag',
  'privileged',
  'docker-socket',
  'host-namespace',
  'capabilities',
  'unsafe-durability',
  'direct-compose',
  'unlocked-stack',
  'shared-resources',
  'memory-fit',
  'fixed-name',
  'host-path',
  'devices',
  'security-opt',
  'dangerous-capabilities',
  'cgroup-parent',
  'sysctls',
  'foreign-container',
  'outside-workspace',
  'suppression-reason',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  id: RuleId;
  defaultSeverity: Severity;
  /** A short sentence: what the rule catches. */
  title: string;
  /** Why it matters and how to fix it (plain text; SARIF help and the docs). */
  help: string;
  tags: string[];
}

export const RULES: Record<RuleId, RuleInfo> = {
  'memory-limit': info('memory-limit', 'error', 'A service has no memory limit.', 'A container without a memory limit can take all of the runner\'s memory and bring the Docker daemon down with every other job on it. Set `mem_limit` (or `deploy.resources.limits.memory`), or let the action inject `default-memory-limit`.', ['resources']),
  'cpu-limit': info('cpu-limit', 'warning', 'A service has no CPU limit.', 'Without `cpus` (or `deploy.resources.limits.cpus`) one busy container starves the others and the runner itself, so health checks time out. Set a CPU limit, or let the action inject `default-cpu-limit`.', ['resources']),
  'tmpfs-size': info('tmpfs-size', 'error', 'A tmpfs mount has no size.', 'A tmpfs without `size` can grow until the host runs out of memory (tmpfs pages are RAM). Add `size=` to the `tmpfs:` entry, or `tmpfs: {size: …}` to the tmpfs volume.', ['resources']),
  'memory-budget': info('memory-budget', 'error', 'The stack reserves more memory than the budget.', 'The stack\'s reservation — each memory limit (which covers the service\'s tmpfs and /dev/shm, as the kernel charges their pages to it), or for a service without one at least its tmpfs, shm and declared sizes — exceeds the memory budget (by default 75 % of the daemon\'s memory), so it cannot run beside anything else and may not fit at all. Lower the limits, or raise the budget.', ['resources']),
  healthcheck: info('healthcheck', 'warning', 'A service others depend on, or that publishes ports, has no health check.', 'Without a health check "started" is all Compose knows, so tests race the service\'s start-up. Add a `healthcheck:` (or declare the image\'s own) and make dependants wait with `condition: service_healthy`.', ['reliability']),
  'healthcheck-timing': info('healthcheck-timing', 'warning', 'A health check runs too often, times out after its interval, or lacks a start period.', 'Checks every 1–2 s load a busy runner and fail under it; a timeout at or above the interval lets a hanging probe hold up the next; a slow starter without `start_period` is marked unhealthy while it initialises. Use an interval of at least the floor (5 s by default), a timeout below it, and a start period for databases and JVMs.', ['reliability']),
  'depends-on-healthy': info('depends-on-healthy', 'warning', 'A dependency with a health check is not waited for.', '`depends_on` without `condition: service_healthy` only waits until the container has started, not until the service answers: a start-up race. Use the long syntax with `condition: service_healthy`.', ['reliability']),
  'restart-policy': info('restart-policy', 'warning', 'A service restarts always or unless-stopped.', 'In a test stack `restart: always` hides crash loops behind "running" and brings containers back after cleanup. Use `no` (the default) or `on-failure` with a retry count.', ['reliability']),
  'port-conflict': info('port-conflict', 'error', 'A host port is published twice.', 'Two services (or two replicas) publishing the same host address and port cannot both start; the second fails with "port is already allocated". Publish a different port, or no fixed host port at all: `"5432"` publishes an ephemeral host port, which the action\'s `ports` output (and, with `export-env`, `DB_PORT_5432`) hands to later steps — the way parallel jobs share a daemon without waiting for each other\'s ports.', ['ports']),
  'port-bind-all': info('port-bind-all', 'note', 'A port is published on every interface.', 'Without a host address the port is bound on 0.0.0.0 and ::, reachable from outside the runner. Publish on 127.0.0.1 (`"127.0.0.1:5432:5432"`) unless other hosts must reach it.', ['ports', 'security']),
  'container-name': info('container-name', 'warning', 'A service has a fixed container_name.', 'A fixed `container_name` stops two copies of the stack (parallel jobs, matrix legs) from running on one daemon. Remove it; Compose names containers after the project.', ['isolation']),
  'image-tag': info('image-tag', 'warning', 'An image tag names no version.', 'An untagged image, `latest`, or any tag without a version (`stable`, `edge`, `nightly`, `main`, `alpine`…) changes under the tests without a commit. Pin a version tag (or a digest).', ['reproducibility']),
  privileged: info('privileged', 'error', 'A service runs privileged.', 'A privileged container has full access to the host: a pull request could take over a self-hosted runner through its compose file. Remove `privileged: true`; grant single capabilities if needed.', ['security']),
  'docker-socket': info('docker-socket', 'error', 'The Docker socket is mounted into a service.', 'Access to the Docker socket (or any container runtime\'s, or a directory holding one) is root on the host: a pull request could take over the runner. Bind sources are judged after symlinks, and named volumes whose driver options bind a host path count as binds. Remove the mount; if a test needs Docker, use a dedicated daemon.', ['security']),
  'host-namespace': info('host-namespace', 'error', 'A service shares a host namespace.', '`network_mode`, `pid`, `ipc`, `userns_mode`, `uts` or `cgroup` set to `host` lets the container see or reach the runner\'s processes, network, host name or cgroups directly, and breaks isolation between parallel stacks. Remove it.', ['security', 'isolation']),
  capabilities: info('capabilities', 'warning', 'A service adds Linux capabilities.', '`cap_add` widens what the container may do to the host (`ALL` is nearly privileged). Add only what is needed, or allow specific capabilities in the policy configuration.', ['security']),
  'unsafe-durability': info('unsafe-durability', 'note', 'Durability is switched off.', 'Settings like `fsync=off` or Redis `appendfsync no` are fine for throwaway test data, but written data then waits in the page cache, which is charged to the container\'s memory. Keep them for tests only, with a memory limit.', ['resources']),
  'direct-compose': info('direct-compose', 'warning', 'A workflow job starts or stops a Compose stack directly.', 'A `docker compose up|down|run` (or `docker-compose …`) in a job that does not use this action skips the preflight, policy, lease and cleanup: the stack may collide with another job\'s ports and nothing guarantees it is removed. Use the docker-stability action in the job, or `docker-stability up`/`down`/`run` in scripts. Checked by `docker-stability check --workflows` and the `check-workflows` input.', ['workflows', 'isolation']),
  'unlocked-stack': info('unlocked-stack', 'warning', 'Jobs start the same stack at once without a lock group.', 'Two jobs (or every leg of a matrix) start the same stack on a shared daemon at the same time. Ports and memory are leased automatically, but anything else the stacks share (external volumes, fixed names, test data) is not: set `lock-group` to queue them.', ['workflows', 'isolation']),
  'shared-resources': info('shared-resources', 'error', 'A service uses a volume or network that is not the stack\'s own.', 'A volume or network under a fixed `name:` that already exists on the daemon and belongs to another stack (or to nobody: made by hand) is mounted as it is: the tests read and write someone else\'s data, parallel copies of the stack share it, and `docker compose down --volumes` would delete it. Remove `name:` so Compose scopes it to the project, or declare `external: true` when sharing is intended (then a warning naming it). Judged against the daemon the action runs on; `check` without a daemon judges only `external`.', ['isolation', 'data']),
  'memory-fit': info('memory-fit', 'error', 'A service declares more memory than its limit holds.', 'A JVM heap (`-Xmx`, `-XX:MaxRAM*`), Redis `--maxmemory`, PostgreSQL `shared_buffers`, an InnoDB buffer pool, Node\'s `--max-old-space-size`, a tmpfs or `shm_size` is all charged to the container\'s memory cgroup: when it reaches the memory limit the kernel OOM-kills the container as soon as the size is used, and above 75 % of the limit there is no room for what the program uses beside it. Raise the limit to the size the message gives, or lower the declared size.', ['resources']),
  'fixed-name': info('fixed-name', 'warning', 'A network or volume has a fixed name.', 'A `name:` on a network or volume that does not contain the project name is the same for every copy of the stack: two parallel jobs (or matrix legs) on one daemon share it, so one removes what the other uses, or data leaks between them. Remove `name:` (Compose prefixes the project), or include `${COMPOSE_PROJECT_NAME}` in it.', ['isolation']),
  'host-path': info('host-path', 'error', 'A service mounts a protected host directory.', 'A bind (or a named volume whose driver options bind a host path) of `/`, a system directory (`/etc`, `/root`, `/proc`, `/sys`, `/dev`, `/boot`, `/run`, `/var/lib/docker`…; `/usr`, `/lib`, `/opt`, `/var/lib`… when writable), a home directory or the runner\'s directories (RUNNER_WORKSPACE, RUNNER_TEMP, RUNNER_TOOL_CACHE, the work folder) lets a pull request read the runner\'s secrets or change what runs next. Judged after symlinks. Mount a directory of the workspace instead.', ['security']),
  devices: info('devices', 'error', 'A service is given host devices.', '`devices:` (and `device_cgroup_rules`) hand the container the hardware behind a device node — a disk, `/dev/kvm`, a GPU — past every container boundary. Remove them.', ['security']),
  'security-opt': info('security-opt', 'error', 'A service turns confinement off.', '`security_opt` with `seccomp=unconfined` (or a seccomp profile from the checked-out tree), `apparmor=unconfined`, `label=disable` or `systempaths=unconfined` removes a wall between the container and the host kernel. Remove it.', ['security']),
  'dangerous-capabilities': info('dangerous-capabilities', 'error', 'A service adds a capability that reaches the host.', 'ALL, SYS_ADMIN, SYS_MODULE, SYS_RAWIO, SYS_PTRACE, SYS_BOOT, SYS_TIME, DAC_READ_SEARCH, NET_ADMIN, BPF, PERFMON, MAC_ADMIN, MAC_OVERRIDE and SYSLOG let a container escape or act on the host and the other jobs. Remove it; only the workflow\'s policy-allow input can allow it.', ['security']),
  'cgroup-parent': info('cgroup-parent', 'error', 'A service chooses its cgroup parent.', '`cgroup_parent` places the container anywhere in the host\'s cgroup tree: outside the limits the runner sets, or inside another tenant\'s, where its memory counts against them. Remove it.', ['security', 'isolation']),
  sysctls: info('sysctls', 'error', 'A service sets kernel parameters beyond its own.', 'Only sysctls that stay inside the container\'s namespaces and limits are safe (those Kubernetes calls safe, and net.core.somaxconn); others take memory outside the container\'s limit or change the host\'s behaviour. Remove them.', ['security', 'isolation']),
  'foreign-container': info('foreign-container', 'error', 'A service joins or mounts a container outside the project.', '`network_mode`, `pid` or `ipc` set to `container:<name>`, or `volumes_from: container:<name>`, of a container that is not this stack\'s reaches another tenant of the daemon: its traffic, processes, shared memory or data. Use `service:<name>` for a service of this stack.', ['security', 'isolation']),
  'outside-workspace': info('outside-workspace', 'error', 'A compose file reads files outside the workspace.', 'An `include`, `extends.file`, `env_file`, secret or config file, or build context outside the checked-out tree (judged after symlinks) makes Compose read or send on the runner\'s own files. Keep them inside the repository.', ['security']),
  'suppression-reason': info('suppression-reason', 'warning', 'A suppression gives no reason.', 'An inline `docker-stability-ignore` needs a reason after the rule (without one it does not apply); a rule turned off or a service exempted in the policy file needs `reason:`. The reason is what reviewers read in the summary and in code scanning.', ['policy']),
};

function info(id: RuleId, defaultSeverity: Severity, title: string, help: string, tags: string[]): RuleInfo {
  return { id, defaultSeverity, title, help, tags };
}

export function isRuleId(text: string): text is RuleId {
  return (RULE_IDS as readonly string[]).includes(text);
}
