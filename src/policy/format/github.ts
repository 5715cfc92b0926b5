import type { Finding } from '../finding.js';

// `--format github`: workflow commands the runner turns into annotations
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions). Escaped as
// the runner unescapes them; written here because only src/adapters may import @actions/core.

const LEVEL: Record<Finding['severity'], 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', note: 'notice' };

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function annotationLevel(finding: Finding): 'error' | 'warning' | 'notice' {
  return LEVEL[finding.severity];
}

/** "docker-stability memory-limit (db)": the annotation's title. */
export function annotationTitle(finding: Finding): string {
  return `docker-stability ${finding.rule}${finding.service ? ` (${finding.service})` : ''}`;
}

export function formatGithubCommand(finding: Finding): string {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    ...(finding.line > 0 ? [`line=${finding.line}`] : []),
    ...(finding.column > 0 ? [`col=${finding.column}`] : []),
    `title=${escapeProperty(annotationTitle(finding))}`,
  ];
  return `::${annotationLevel(finding)} ${properties.join(',')}::${escapeData(finding.message)}`;
}

export function formatGithub(findings: Finding[]): string {
  return findings.map((finding) => `${formatGithubCommand(finding)}\n`).join('');
}
