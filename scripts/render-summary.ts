// Renders a job summary (markdown with mermaid charts) to a PNG in headless Chromium, for people
// to look at what GitHub would show. Not part of `npm test`: it needs Debian's chromium
// (`apt-get install -y chromium fonts-dejavu-core fonts-noto-color-emoji`).
//
//   npx tsx scripts/render-summary.ts <summary.md | report.json | --synthetic=N,HOURS> [out.png]
//
// A report.json (the `report-file` output) is rendered with the same renderSummary() post uses;
// `--synthetic=50,6` renders 50 services over 6 hours of synthetic samples. Mermaid is loaded
// from node_modules into the page (no CDN); marked turns the markdown into HTML.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import { analyseMonitor } from '../src/monitor/analysis.js';
import { MonitorState } from '../src/monitor/state.js';
import { applyFailOn } from '../src/report/outputs.js';
import { emptyReport, type RunReport } from '../src/report/run-report.js';
import { renderSummary } from '../src/report/summary.js';
import { syntheticRecords } from '../test/support/monitor-synthetic.js';

const root = path.resolve(import.meta.dirname, '..');
const [input, output = 'summary.png'] = process.argv.slice(2);
if (!input) {
  console.error('usage: npx tsx scripts/render-summary.ts <summary.md | report.json | --synthetic=N,HOURS> [out.png]');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-dejavu-core fonts-noto-color-emoji (or set CHROMIUM_PATH)`);
  process.exit(2);
}

const markdown = summaryMarkdown(input);
writeFileSync(output.replace(/\.png$/, '.md'), markdown);
const html = page(await marked.parse(markdown, { gfm: true }));

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  // Nothing leaves the machine: every request but the page itself is refused.
  await tab.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  await tab.setContent(html);
  await tab.addScriptTag({ path: path.join(root, 'node_modules/mermaid/dist/mermaid.min.js') });
  const failures = await tab.evaluate(async () => {
    const mermaid = (globalThis as unknown as { mermaid: { initialize(o: object): void; run(o: object): Promise<void> } }).mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const problems: string[] = [];
    await mermaid.run({ querySelector: '.mermaid', suppressErrors: false }).catch((error: Error) => problems.push(error.message));
    return problems;
  });
  if (failures.length) throw new Error(`mermaid could not render: ${failures.join('; ')}`);
  await tab.screenshot({ path: output, fullPage: true });
  console.log(`${output} (${(markdown.length / 1024).toFixed(1)} KiB of markdown)`);
} finally {
  await browser.close();
}

function summaryMarkdown(source: string): string {
  if (source.startsWith('--synthetic')) {
    const [services = 8, hours = 1] = (source.split('=')[1] ?? '8,1').split(',').map(Number);
    const state = new MonitorState();
    for (const record of syntheticRecords({ services, hours, intervalMs: 2000 })) state.apply(record);
    const monitor = analyseMonitor(state);
    const report: RunReport = {
      ...emptyReport('dsa-synthetic', monitor.startedAtMs),
      start: { ok: true, durationMs: 8400, composeTail: [], failing: [] },
      monitor,
      teardown: { durationMs: 1200, problems: [], leftovers: { containers: [], networks: [], volumes: [] } },
    };
    applyFailOn(report, [{ kind: 'oom' }]);
    return renderSummary(report);
  }
  const text = readFileSync(source, 'utf8');
  return source.endsWith('.json') ? renderSummary(JSON.parse(text) as RunReport, { reportFile: source }) : text;
}

/** The rendered markdown in a page styled roughly like a GitHub job summary. */
function page(body: string): string {
  const withCharts = body.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; margin: 24px; max-width: 1040px; }
  table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; } th { background: #f6f8fa; }
  pre { background: #f6f8fa; padding: 8px; overflow: auto; } pre.mermaid { background: none; }
  h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: 4px; }
</style></head><body>${withCharts}</body></html>`;
}
