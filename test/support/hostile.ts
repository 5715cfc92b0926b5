// What a hostile container prints: every form of workflow command the runner parses, with the
// line breaks and invisible characters that could carry one past a naive check, and markdown
// meant to break out of a summary. Each line holds HOSTILE, so a test can tell it anywhere.

export const MARKER = 'HOSTILE';

export const HOSTILE_LINES: readonly string[] = [
  `::add-mask::${MARKER}-mask`,
  `::error file=pwned.txt,line=1,title=${MARKER}::${MARKER} annotation`,
  `::warning::${MARKER} warning`,
  `::notice title=${MARKER}::${MARKER} notice`,
  `::set-output name=pwned::${MARKER}`,
  `::set-env name=PWNED::${MARKER}`,
  `::add-path::/${MARKER}`,
  `::save-state name=pwned::${MARKER}`,
  `::stop-commands::${MARKER.toLowerCase()}token`,
  `::${MARKER.toLowerCase()}token::`,
  `::group::${MARKER} group`,
  '::endgroup::',
  `::ADD-MASK::${MARKER}-upper`,
  `##[error]${MARKER} legacy`,
  `##[set-output name=pwned;]${MARKER}`,
  `prefix ##[add-mask]${MARKER}-legacy-anywhere`,
  `   ::add-mask::${MARKER}-leading-spaces`,
  `\t::error::${MARKER}-tab`,
  `\u00a0::warning::${MARKER}-nbsp`,
  `\u2028::add-mask::${MARKER}-line-separator`,
  `\u0085::add-mask::${MARKER}-nel`,
  `\ufeff::add-mask::${MARKER}-bom`,
  `text\r::add-mask::${MARKER}-after-cr`,
  `text\r\n::add-mask::${MARKER}-after-crlf`,
  `text\v::add-mask::${MARKER}-after-vt`,
  `\x1b[31m::add-mask::${MARKER}-after-colour`,
  `\x1b]0;${MARKER} title\x07 terminal title`,
  `<img src=x onerror=alert(1)> ${MARKER}`,
  `[click ${MARKER}](https://evil.example/) ![img](https://evil.example/x.png)`,
  `</details><h1>${MARKER}</h1><details>`,
  '```',
  '`````` backticks',
  `| ${MARKER} | table |`,
  `# ${MARKER} heading`,
  `https://evil.example/${MARKER} www.evil.example @someone`,
  `${MARKER}-${'x'.repeat(5000)}`,
];
