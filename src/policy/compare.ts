import type { ComposeModel, ComposeService } from '../compose/model.js';
import { cpuLimit, memoryLimitBytes, tmpfsMounts } from '../compose/resources.js';
import { table } from '../core/markdown.js';
import { formatBytes, formatDuration } from '../core/units.js';
import { declaredSizes, persistenceSwitches } from './declared-sizes.js';
import { durabilitySwitches } from './rules/durability.js';
import { hasHealthcheck, healthTiming, parseImage } from './service-facts.js';

// `compare`: the audit's configuration-divergence table, generated from the two canonical
// models (each side one or several -f files, with its profiles and env files). Services are
// paired by name, else by image repository (dev-postgres ↔ test-postgres). Only facts are
// shown — the image, kinds of storage with their targets, limits, declared sizes, timings,
// switches, ports — never host paths, volume names or environment values; the command also
// blanks out any value of a variable the files reference, as a last guard.

export interface SettingRow {
  setting: string;
  dev: string;
  test: string;
  same: boolean;
}

export interface ServiceComparison {
  dev: string;
  test: string;
  matchedBy: 'name' | 'image';
  rows: SettingRow[];
}

export interface Divergence {
  /** How each side is named: its files joined with " + ". */
  devFile: string;
  testFile: string;
  services: ServiceComparison[];
  onlyInDev: string[];
  onlyInTest: string[];
}

export const SETTINGS = [
  'Image',
  'Storage',
  'Memory limit',
  'Declared memory',
  'CPU limit',
  'Health check',
  'Restart policy',
  'Durability switches',
  'Persistence',
  'Published ports',
] as const;

export function describeService(service: ComposeService): Record<(typeof SETTINGS)[number], string> {
  const storage = [
    ...(service.volumes ?? [])
      .filter((volume) => volume.type !== 'tmpfs')
      .map((volume) => `${volume.type === 'volume' ? (volume.source ? 'named volume' : 'anonymous volume') : volume.type} → ${volume.target}`),
    ...tmpfsMounts(service).map((mount) => `tmpfs ${mount.sizeBytes !== undefined ? formatBytes(mount.sizeBytes) : '(no size)'} → ${mount.target}`),
  ];
  const memory = memoryLimitBytes(service);
  const cpus = cpuLimit(service);
  const timing = healthTiming(service);
  const duration = (ms: number | undefined): string => (ms === undefined ? 'default' : formatDuration(ms));
  const health = hasHealthcheck(service)
    ? `interval ${duration(timing.intervalMs)}, timeout ${duration(timing.timeoutMs)}, start period ${duration(timing.startPeriodMs)}, retries ${timing.retries ?? 'default'}`
    : 'none';
  const switches = [...new Set(durabilitySwitches(service).map((found) => found.name))];
  const ports = (service.ports ?? []).map(
    (port) => `${port.host_ip ? `${port.host_ip}:` : ''}${port.published ?? 'any'}→${port.target}/${port.protocol ?? 'tcp'}`,
  );
  const declared = declaredSizes(service).map((size) => `${size.what} ${size.bytes !== undefined ? formatBytes(size.bytes) : `${size.percentOfLimit}% of the limit`}`);
  const persistence = persistenceSwitches(service);
  return {
    Image: service.image ?? (service.build ? 'built here' : 'none'),
    Storage: storage.length > 0 ? storage.join('; ') : 'none',
    'Memory limit': memory !== undefined ? formatBytes(memory) : 'none',
    'Declared memory': declared.length > 0 ? declared.join('; ') : 'none',
    'CPU limit': cpus !== undefined ? String(cpus) : 'none',
    'Health check': health,
    'Restart policy': service.restart ?? 'no',
    'Durability switches': switches.length > 0 ? switches.join(', ') : 'none',
    Persistence: persistence.length > 0 ? persistence.join(', ') : 'defaults',
    'Published ports': ports.length > 0 ? ports.join(', ') : 'none',
  };
}

/** Pairs services by name, then the rest by image repository, each at most once. */
export function pairServices(dev: ComposeModel, test: ComposeModel): { pairs: Array<Omit<ServiceComparison, 'rows'>>; onlyInDev: string[]; onlyInTest: string[] } {
  const devNames = Object.keys(dev.services ?? {}).sort();
  const testLeft = new Set(Object.keys(test.services ?? {}).sort());
  const pairs: Array<Omit<ServiceComparison, 'rows'>> = [];
  const devLeft: string[] = [];
  for (const name of devNames) {
    if (testLeft.delete(name)) pairs.push({ dev: name, test: name, matchedBy: 'name' });
    else devLeft.push(name);
  }
  const repository = (model: ComposeModel, name: string): string | undefined => {
    const image = model.services[name]?.image;
    return image ? parseImage(image).repository : undefined;
  };
  const onlyInDev: string[] = [];
  for (const name of devLeft) {
    const wanted = repository(dev, name);
    const match = wanted ? [...testLeft].find((candidate) => repository(test, candidate) === wanted) : undefined;
    if (match) {
      testLeft.delete(match);
      pairs.push({ dev: name, test: match, matchedBy: 'image' });
    } else {
      onlyInDev.push(name);
    }
  }
  return { pairs, onlyInDev, onlyInTest: [...testLeft] };
}

export function compareModels(dev: ComposeModel, test: ComposeModel, files: { dev: string; test: string }): Divergence {
  const { pairs, onlyInDev, onlyInTest } = pairServices(dev, test);
  const services = pairs.map((pair): ServiceComparison => {
    const left = describeService(dev.services[pair.dev]!);
    const right = describeService(test.services[pair.test]!);
    return { ...pair, rows: SETTINGS.map((setting) => ({ setting, dev: left[setting], test: right[setting], same: left[setting] === right[setting] })) };
  });
  return { devFile: files.dev, testFile: files.test, services, onlyInDev, onlyInTest };
}

export interface DivergenceView {
  /** Every row, identical ones included (`--all`); by default only the differing rows. */
  all?: boolean;
}

function differing(divergence: Divergence): number {
  return divergence.services.reduce((sum, service) => sum + service.rows.filter((row) => !row.same).length, 0);
}

/** The divergence with only what the view shows: identical rows (and fully identical pairs) dropped unless `all`. */
export function viewOf(divergence: Divergence, view: DivergenceView = {}): Divergence {
  if (view.all) return divergence;
  const services = divergence.services.map((service) => ({ ...service, rows: service.rows.filter((row) => !row.same) })).filter((service) => service.rows.length > 0);
  return { ...divergence, services };
}

export function formatDivergenceMarkdown(divergence: Divergence, view: DivergenceView = {}): string {
  const shown = viewOf(divergence, view);
  const rows: string[][] = [];
  for (const service of shown.services) {
    const label = service.dev === service.test ? service.dev : `${service.dev} ↔ ${service.test}`;
    for (const row of service.rows) rows.push([label, row.setting, row.dev, row.test, row.same ? '' : '≠']);
  }
  const list = (names: string[]): string => (names.length > 0 ? names.join(', ') : 'none');
  const oneSided = divergence.onlyInDev.length + divergence.onlyInTest.length > 0;
  if (oneSided || view.all) rows.push(['(one side only)', 'Services', list(divergence.onlyInDev), list(divergence.onlyInTest), oneSided ? '≠' : '']);
  const count = differing(divergence);
  const hidden = divergence.services.reduce((sum, service) => sum + service.rows.length, 0) - count;
  const heading = `### Configuration divergence: ${divergence.devFile} ↔ ${divergence.testFile}`;
  const summary = `${divergence.services.length} paired services, ${count} differing settings${!view.all && hidden > 0 ? ` (${hidden} identical rows not shown; --all shows them)` : ''}.`;
  if (rows.length === 0) return `${heading}\n\n${summary}\n`;
  return `${heading}\n\n${summary}\n\n${table(['Service', 'Setting', divergence.devFile, divergence.testFile, 'Differs'], rows)}\n`;
}

export function formatDivergenceJson(divergence: Divergence, view: DivergenceView = {}): string {
  return `${JSON.stringify({ ...viewOf(divergence, view), differing: differing(divergence) }, null, 2)}\n`;
}
