// Bundles each entry of src/entry/ with ncc into dist/<entry>/index.js (ESM).
// Why a script and not the ncc CLI: the bundles need a banner. CommonJS dependencies bundled into
// an ES module may read __dirname at import time, which an ES module does not define; the
// banner defines __dirname and __filename from import.meta.url before any bundled code runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entries = readdirSync(path.join(root, 'src/entry'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => path.basename(file, '.ts'))
  .filter((name) => process.argv.length <= 2 || process.argv.slice(2).includes(name));

const BANNER = [
  "import { fileURLToPath as __dsaFileURLToPath } from 'node:url';",
  "import { dirname as __dsaDirname } from 'node:path';",
  'const __filename = __dsaFileURLToPath(import.meta.url);',
  'const __dirname = __dsaDirname(__filename);',
].join('\n');

for (const name of entries) {
  const started = Date.now();
  const { code, assets } = await bundle(name);
  writeBundle(name, code, assets);
  console.log(`dist/${name}/index.js  ${(Buffer.byteLength(code) / 1024).toFixed(0)} KiB  ${Date.now() - started} ms`);
}

// The library's type declarations, next to its bundle (package.json "types").
if (entries.includes('lib')) {
  const started = Date.now();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.lib.json')], { stdio: 'inherit' });
  console.log(`dist/lib/types  ${Date.now() - started} ms`);
}

async function bundle(name) {
  try {
    return await ncc(path.join(root, 'src/entry', `${name}.ts`), {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    license: 'licenses.txt',
    target: 'es2022',
    });
  } catch (error) {
    // ncc's own stack points into its minified compiler; the message is what helps.
    console.error(`Bundling ${name} failed:\n${String(error?.message ?? error).slice(0, 4000)}`);
    process.exit(1);
  }
}

function writeBundle(name, code, assets) {
  const outDir = path.join(root, 'dist', name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const shebang = code.startsWith('#!') ? `${code.slice(0, code.indexOf('\n') + 1)}` : '';
  // Bundled dependencies keep comments pointing at their own source maps, which are not shipped.
  const body = (shebang ? code.slice(shebang.length) : code).replace(/^\/\/# sourceMappingURL=.*$/gm, '');
  writeFileSync(path.join(outDir, 'index.js'), `${shebang}${BANNER}\n${body}`, { mode: shebang ? 0o755 : 0o644 });
  for (const [file, asset] of Object.entries(assets)) {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, asset.source, { mode: asset.permissions });
  }
}
