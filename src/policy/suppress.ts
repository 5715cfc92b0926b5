import { isRuleId } from './catalog.js';

// Inline suppression in a compose file:
//
//   # docker-stability-ignore: privileged the CI image builder needs it (INFRA-123)
//   privileged: true
//   container_name: fixed   # docker-stability-ignore: container-name one copy per host by design
//
// A directive covers the line it ends, or — alone on its line — the next line that is not a
// comment (so several directives can stack above one line). Above a service's key it covers that
// service's findings of the rule wherever they point. Several rules may be comma-separated. The
// reason is required, and an unknown rule is an error rather than a silent no-op.

const DIRECTIVE = /#\s*docker-stability-ignore:\s*(\S*)\s*(.*)$/;

export interface Suppressions {
  /** 1-based line → rule → reason. */
  byLine: Map<number, Map<string, string>>;
  /** Malformed directives, with their line. */
  problems: Array<{ line: number; message: string }>;
}

export function scanSuppressions(text: string): Suppressions {
  const byLine = new Map<number, Map<string, string>>();
  const problems: Suppressions['problems'] = [];
  if (!text.includes('docker-stability-ignore')) return { byLine, problems };
  const lines = text.split(/\r?\n/);
  let pending: Array<[string, string]> = [];
  let pendingLine = 0;
  const orphaned = (): void => {
    if (pending.length > 0) problems.push({ line: pendingLine, message: 'docker-stability-ignore stands above no line (a blank line or the end of the file follows it)' });
    pending = [];
  };
  lines.forEach((content, index) => {
    const line = index + 1;
    const trimmed = content.trim();
    const match = DIRECTIVE.exec(content);
    const found: Array<[string, string]> = [];
    if (match) {
      const rules = match[1]!.split(',').filter(Boolean);
      const reason = match[2]!.trim();
      if (rules.length === 0) problems.push({ line, message: 'docker-stability-ignore names no rule; write "# docker-stability-ignore: <rule> <reason>"' });
      for (const rule of rules) {
        if (!isRuleId(rule)) problems.push({ line, message: `docker-stability-ignore names unknown rule '${rule}'` });
        else if (!reason) problems.push({ line, message: `docker-stability-ignore: ${rule} needs a reason after the rule` });
        else found.push([rule, reason]);
      }
    }
    if (trimmed.startsWith('#')) {
      if (found.length > 0 && pending.length === 0) pendingLine = line;
      pending.push(...found);
      return;
    }
    if (trimmed === '') {
      orphaned();
      return;
    }
    const covered = [...pending, ...found];
    pending = [];
    if (covered.length === 0) return;
    const rules = byLine.get(line) ?? new Map<string, string>();
    for (const [rule, reason] of covered) rules.set(rule, reason);
    byLine.set(line, rules);
  });
  orphaned();
  return { byLine, problems };
}
