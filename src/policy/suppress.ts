import { shortText } from '../core/paths.js';
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
// reason is required: a directive without one does not apply and is itself a finding
// (suppression-reason); an unknown rule is an error rather than a silent no-op. Security rules
// (guarded.ts) are never suppressed by a directive: the attempt is shown as refused.

const DIRECTIVE = /#\s*docker-stability-ignore:\s*(\S*)\s*(.*)$/;

/** A directive as written: its own line and reason ('' when it gives none). */
export interface Directive {
  line: number;
  reason: string;
}

export interface Suppressions {
  /** 1-based line covered → rule → the directive covering it. */
  byLine: Map<number, Map<string, Directive>>;
  /** Directives that name a rule but give no reason, with their line and rules. */
  unexplained: Array<{ line: number; rules: string[] }>;
  /** Malformed directives, with their line. */
  problems: Array<{ line: number; message: string }>;
}

export function scanSuppressions(text: string): Suppressions {
  const byLine = new Map<number, Map<string, Directive>>();
  const unexplained: Suppressions['unexplained'] = [];
  const problems: Suppressions['problems'] = [];
  if (!text.includes('docker-stability-ignore')) return { byLine, unexplained, problems };
  const lines = text.split(/\r?\n/);
  let pending: Array<[string, Directive]> = [];
  let pendingLine = 0;
  const orphaned = (): void => {
    if (pending.length > 0) problems.push({ line: pendingLine, message: 'docker-stability-ignore stands above no line (a blank line or the end of the file follows it)' });
    pending = [];
  };
  lines.forEach((content, index) => {
    const line = index + 1;
    const trimmed = content.trim();
    const match = DIRECTIVE.exec(content);
    const found: Array<[string, Directive]> = [];
    if (match) {
      const rules = match[1]!.split(',').filter(Boolean);
      const reason = match[2]!.trim();
      if (rules.length === 0) problems.push({ line, message: 'docker-stability-ignore names no rule; write "# docker-stability-ignore: <rule> <reason>"' });
      for (const rule of rules) {
        if (!isRuleId(rule)) problems.push({ line, message: `docker-stability-ignore names unknown rule ${shortText(rule, 40)}` });
        else found.push([rule, { line, reason }]);
      }
      const known = rules.filter(isRuleId);
      if (known.length > 0 && !reason) unexplained.push({ line, rules: known });
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
    const rules = byLine.get(line) ?? new Map<string, Directive>();
    for (const [rule, directive] of covered) rules.set(rule, directive);
    byLine.set(line, rules);
  });
  orphaned();
  return { byLine, unexplained, problems };
}
