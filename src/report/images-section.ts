import { codeBlock, details, md, table, type Cell } from '../core/markdown.js';
import { formatDuration } from '../core/units.js';
import type { BuildSection } from '../stack/build.js';
import type { ImagePull, PullSection } from '../stack/pull.js';
import type { RunReport } from './run-report.js';

// The summary's images (pure): how long the pulls and the builds took — apart from the start-up,
// which no longer includes them — each image's way, its attempts, and a failed build's last lines.
// Image names, registry messages and build output are untrusted: table() and codeBlock() escape.

/** Rows for the metrics table: "Pull" and "Build", when the phase ran. */
export function imageMetricRows(report: Pick<RunReport, 'pull' | 'build'>): Cell[][] {
  const rows: Cell[][] = [];
  const { pull, build } = report;
  if (pull) {
    const pulled = pull.images.filter((image) => image.outcome === 'pulled');
    const retried = pull.images.filter((image) => image.attempts.length > 1).length;
    rows.push(['Pull', `${formatDuration(pull.durationMs)} (${count(pulled.length, 'image')} pulled${retried ? `, ${retried} after retries` : ''}${pull.failure ? ', failed' : ''})`]);
  }
  if (build) {
    const built = build.services.filter((service) => service.outcome === 'built');
    rows.push(['Build', `${formatDuration(build.durationMs)} (${built.length ? built.map((service) => `${service.service} ${formatDuration(service.durationMs)}`).join(', ') : 'nothing built'}${build.failure ? ', failed' : ''})`]);
  }
  return rows;
}

/** `### Images`: one row per image pulled or built (or left as it was), then a failed build's output. */
export function renderImagesSection(report: Pick<RunReport, 'pull' | 'build'>): string | undefined {
  const { pull, build } = report;
  if (!pull && !build) return undefined;
  const rows: Cell[][] = [
    ...(pull?.images ?? []).map((image): Cell[] => [image.services.join(', '), image.image, PULL_WORDS[image.outcome], image.outcome === 'pulled' || image.outcome === 'failed' ? formatDuration(image.durationMs) : '—', pullNote(image)]),
    ...(build?.services ?? []).map((service): Cell[] => [service.service, service.image, BUILD_WORDS[service.outcome], service.outcome === 'built' || service.outcome === 'failed' ? formatDuration(service.durationMs) : '—', service.why]),
  ];
  const lines = ['### Images', '', policyLine(pull, build), ''];
  lines.push(rows.length ? table(['Service', 'Image', 'Way', 'Time', 'Note'], rows, ['left', 'left', 'left', 'right', 'left']) : 'No service has an image to pull or build.');
  for (const failed of build?.services.filter((service) => service.outcome === 'failed' && service.tail?.length) ?? []) {
    lines.push('', details(`${failed.service}: last ${failed.tail!.length} lines of the build`, codeBlock(failed.tail!.join('\n'))));
  }
  if (pull?.rateLimited && pull.failure) lines.push('', codeBlock(pull.failure));
  return lines.join('\n');
}

const PULL_WORDS: Record<ImagePull['outcome'], string> = { pulled: 'pulled', present: 'already here', absent: 'missing', failed: 'pull failed', cancelled: 'not pulled (stopped)' };
const BUILD_WORDS: Record<NonNullable<BuildSection['services'][number]['outcome']>, string> = {
  built: 'built',
  present: 'already here',
  absent: 'missing',
  failed: 'build failed',
  cancelled: 'not built (stopped)',
};

function pullNote(image: ImagePull): string {
  if (image.attempts.length <= 1) return image.attempts[0]?.error ?? image.why;
  const waited = image.attempts.reduce((sum, attempt) => sum + (attempt.waitMs ?? 0), 0);
  const errors = image.attempts.filter((attempt) => attempt.error).map((attempt) => attempt.error!);
  return `${image.attempts.length} attempts (waited ${formatDuration(waited)}): ${[...new Set(errors)].join('; ')}`;
}

function policyLine(pull: PullSection | undefined, build: BuildSection | undefined): string {
  const parts = [pull ? `pull: ${pull.policy}` : '', build ? `build: ${build.policy}` : ''].filter(Boolean);
  return md(`Fetched before \`up\`, which pulls and builds nothing, so the start-up time is the start-up alone (${parts.join(', ')}).`).markdown;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
