import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [file, ...names] = process.argv.slice(2);
const r = buildSync({ stdin: { contents: `export {${names.join(',')}} from '${file}'`, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, external: ['./progress', './progress.ts'], plugins: [{name:'ext', setup(b){ b.onResolve({filter:/^\.\/progress$/}, a => ({path:a.path, external:true})) }}] });
console.log(names.join(','), gzipSync(r.outputFiles[0].text, { level: 6 }).length, r.outputFiles[0].text.length);
