import type { Log, ReportingDescriptor, Result, Suppression } from 'sarif';
import { RULES, RULE_IDS } from '../catalog.js';
import type { SuppressedFinding } from '../evaluate.js';
import type { Finding } from '../finding.js';

// SARIF 2.1.0 for code scanning (`sarif-file`, `--format sarif`): every rule with its help,
// one result per finding with the file and line as the user gave them. Messages are the
// findings' own, which never carry environment values; no source snippets are embedded.
//
// Suppressed findings are results too, carrying a `suppressions` entry (SARIF §3.35): kind
// `inSource` for a comment in the compose file, `external` for the policy file or the workflow's
// policy-allow input; status `accepted`, or `rejected` for a suppression the tree may not make
// (a security rule), whose result then stands like any other. The justification is the reason
// as written — text from the pull request, shown as data by viewers.

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion: string;
  informationUri?: string;
}

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

function uriOf(file: string): string {
  return encodeURI(file.split('\\').join('/'));
}

function findingKey(finding: Finding): string {
  return JSON.stringify([finding.rule, finding.service, finding.file, finding.line, finding.column, finding.message]);
}

function suppressionOf(entry: SuppressedFinding): Suppression {
  return {
    kind: entry.source === 'inline' ? 'inSource' : 'external',
    status: entry.refused ? 'rejected' : 'accepted',
    ...(entry.reason ? { justification: entry.reason } : {}),
    ...(entry.file && entry.line
      ? { location: { physicalLocation: { artifactLocation: { uri: uriOf(entry.file) }, region: { startLine: entry.line } } } }
      : {}),
    properties: {
      source: entry.source === 'inline' ? 'compose file comment' : entry.source === 'config' ? 'policy file' : 'workflow input policy-allow',
      ...(entry.refused ? { refused: entry.refused } : {}),
    },
  };
}

function resultOf(finding: Finding, suppressions: Suppression[]): Result {
  return {
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
    ...(suppressions.length > 0 ? { suppressions } : {}),
    ...(finding.service ? { properties: { service: finding.service } } : {}),
  };
}

/** The log: one result per finding (with its refused suppressions), one per suppressed finding. */
export function buildSarif(findings: Finding[], options: SarifOptions, suppressed: SuppressedFinding[] = []): Log {
  const rules: ReportingDescriptor[] = RULE_IDS.map((id) => ({
    id,
    name: ruleName(id),
    shortDescription: { text: RULES[id].title },
    fullDescription: { text: RULES[id].help },
    help: { text: RULES[id].help, markdown: `**${RULES[id].title}**\n\n${RULES[id].help}` },
    defaultConfiguration: { level: RULES[id].defaultSeverity },
    properties: { tags: RULES[id].tags },
  }));
  const refused = new Map<string, Suppression[]>();
  for (const entry of suppressed.filter((candidate) => candidate.refused)) {
    const key = findingKey(entry.finding);
    refused.set(key, [...(refused.get(key) ?? []), suppressionOf(entry)]);
  }
  const results: Result[] = [
    ...findings.map((finding) => resultOf(finding, refused.get(findingKey(finding)) ?? [])),
    ...suppressed.filter((entry) => !entry.refused).map((entry) => resultOf(entry.finding, [suppressionOf(entry)])),
  ];
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

export function formatSarif(findings: Finding[], options: SarifOptions, suppressed: SuppressedFinding[] = []): string {
  return `${JSON.stringify(buildSarif(findings, options, suppressed), null, 2)}\n`;
}
