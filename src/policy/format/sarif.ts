import type { Log, ReportingDescriptor, Result, Run, Suppression } from 'sarif';
import type { AbsentFinding } from '../accepted-findings.js';
import { RULES, RULE_IDS } from '../catalog.js';
import type { SuppressedFinding } from '../evaluate.js';
import type { Redactor } from '../../core/untrusted.js';
import { fingerprint, type Finding } from '../finding.js';

// SARIF 2.1.0 for code scanning (`sarif-file`, `--format sarif`): every rule with its help,
// one result per finding with the file and line as the user gave them. Messages are the
// findings' own, which never carry environment values; no source snippets are embedded.
//
// Each result carries `partialFingerprints["dockerStabilityFinding/v1"]` (rule, service and key
// path hashed: it survives line moves, §3.27.17). With an accepted-findings file every result
// has a `baselineState` (§3.27.24): `unchanged` when the file lists it, else `new`. Entries of
// the file no longer found are `absent`; they are listed in `runs[0].properties.absent` rather
// than as results, because code scanning reads neither `baselineState` nor `kind` and would open
// an alert for each. A check that could not run (bad input) yields a run whose invocation says
// `executionSuccessful: false` with the reason as an error notification (§3.20.14, §3.20.21)
// and no `results` at all (§3.14.23): an empty list would tell code scanning everything is fixed.
//
// Suppressed findings are results too, carrying a `suppressions` entry (SARIF §3.35): kind
// `inSource` for a comment in the compose file, `external` for the policy file or the workflow's
// policy-allow input; status `accepted`, or `rejected` for a suppression the tree may not make
// (a security rule), whose result then stands like any other. The justification is the reason
// as written — text from the pull request, shown as data by viewers.

/** The partial fingerprint's name: a versioned hierarchical string, as §3.27.17 asks. */
export const FINGERPRINT_KEY = 'dockerStabilityFinding/v1';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion: string;
  informationUri?: string;
  /** Blanks the run's secret values, should a message or a path ever hold one. */
  redactor?: Pick<Redactor, 'redactJson'>;
  /** The accepted-findings file applied: every result then has a baselineState. */
  baseline?: { file: string; absent: AbsentFinding[] };
}

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

function uriOf(file: string): string {
  return encodeURI(file.split('\\').join('/'));
}

function driver(options: SarifOptions): Run['tool'] {
  const rules: ReportingDescriptor[] = RULE_IDS.map((id) => ({
    id,
    name: ruleName(id),
    shortDescription: { text: RULES[id].title },
    fullDescription: { text: RULES[id].help },
    help: { text: RULES[id].help, markdown: `**${RULES[id].title}**\n\n${RULES[id].help}` },
    defaultConfiguration: { level: RULES[id].defaultSeverity },
    properties: { tags: RULES[id].tags },
  }));
  return {
    driver: {
      name: 'docker-stability',
      version: options.toolVersion,
      ...(options.informationUri ? { informationUri: options.informationUri } : {}),
      rules,
    },
  };
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

function resultOf(finding: Finding, baselined: boolean, suppressions: Suppression[] = []): Result {
  const properties = {
    ...(finding.service ? { service: finding.service } : {}),
    ...(finding.keyPath !== undefined ? { keyPath: finding.keyPath } : {}),
    ...(finding.baseline?.state === 'unchanged' ? { acceptedSeverity: finding.baseline.severity, silenced: !finding.baseline.kept } : {}),
  };
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
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding) },
    ...(suppressions.length > 0 ? { suppressions } : {}),
    ...(baselined ? { baselineState: finding.baseline?.state ?? 'new' } : {}),
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
  };
}

/** The log: one result per finding (with its refused suppressions), one per suppressed finding. */
export function buildSarif(findings: Finding[], options: SarifOptions, suppressed: SuppressedFinding[] = []): Log {
  const baselined = options.baseline !== undefined;
  const refused = new Map<string, Suppression[]>();
  for (const entry of suppressed.filter((candidate) => candidate.refused)) {
    const key = findingKey(entry.finding);
    refused.set(key, [...(refused.get(key) ?? []), suppressionOf(entry)]);
  }
  const results: Result[] = [
    ...findings.map((finding) => resultOf(finding, baselined, refused.get(findingKey(finding)) ?? [])),
    ...suppressed.filter((entry) => !entry.refused).map((entry) => resultOf(entry.finding, baselined, [suppressionOf(entry)])),
  ];
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: driver(options),
        invocations: [{ executionSuccessful: true }],
        columnKind: 'utf16CodeUnits',
        results,
        ...(options.baseline
          ? {
              properties: {
                baselineFile: options.baseline.file,
                absent: options.baseline.absent.map((entry) => ({ ...entry, partialFingerprints: { [FINGERPRINT_KEY]: entry.fingerprint }, baselineState: 'absent' })),
              },
            }
          : {}),
      },
    ],
  };
}

export function formatSarif(findings: Finding[], options: SarifOptions, suppressed: SuppressedFinding[] = []): string {
  const log = buildSarif(findings, options, suppressed);
  return `${JSON.stringify(options.redactor ? options.redactor.redactJson(log) : log, null, 2)}\n`;
}

/** The log of a check that could not run: why, as an error notification, and no results. */
export function buildSarifFailure(message: string, exitCode: number, options: SarifOptions): Log {
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: driver(options),
        invocations: [
          {
            executionSuccessful: false,
            exitCode,
            toolExecutionNotifications: [{ level: 'error', message: { text: message }, descriptor: { id: exitCode === 2 ? 'bad-input' : 'check-failed' } }],
          },
        ],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarifFailure(message: string, exitCode: number, options: SarifOptions): string {
  return `${JSON.stringify(buildSarifFailure(message, exitCode, options), null, 2)}\n`;
}
