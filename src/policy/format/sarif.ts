import type { Log, ReportingDescriptor, Result } from 'sarif';
import { RULES, RULE_IDS } from '../catalog.js';
import type { Redactor } from '../../core/untrusted.js';
import type { Finding } from '../finding.js';

// SARIF 2.1.0 for code scanning (`sarif-file`, `--format sarif`): every rule with its help,
// one result per finding with the file and line as the user gave them. Messages are the
// findings' own, which never carry environment values; no source snippets are embedded.

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion: string;
  informationUri?: string;
  /** Blanks the run's secret values, should a message or a path ever hold one. */
  redactor?: Pick<Redactor, 'redactJson'>;
}

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

function uriOf(file: string): string {
  return encodeURI(file.split('\\').join('/'));
}

export function buildSarif(findings: Finding[], options: SarifOptions): Log {
  const rules: ReportingDescriptor[] = RULE_IDS.map((id) => ({
    id,
    name: ruleName(id),
    shortDescription: { text: RULES[id].title },
    fullDescription: { text: RULES[id].help },
    help: { text: RULES[id].help, markdown: `**${RULES[id].title}**\n\n${RULES[id].help}` },
    defaultConfiguration: { level: RULES[id].defaultSeverity },
    properties: { tags: RULES[id].tags },
  }));
  const results: Result[] = findings.map((finding) => ({
    ruleId: finding.rule,
    ruleIndex: (RULE_IDS as readonly string[]).indexOf(finding.rule),
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(finding.file) },
          ...(finding.line > 0 ? { region: { startLine: finding.line, ...(finding.column > 0 ? { startColumn: finding.column } : {}) } } : {}),
        },
      },
    ],
    ...(finding.service ? { properties: { service: finding.service } } : {}),
  }));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'docker-stability',
            version: options.toolVersion,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(findings: Finding[], options: SarifOptions): string {
  const log = buildSarif(findings, options);
  return `${JSON.stringify(options.redactor ? options.redactor.redactJson(log) : log, null, 2)}\n`;
}
