#!/usr/bin/env node
/**
 * Runs every `bench:*` script of package.json in turn (`npm run bench`), so a new benchmark joins
 * by adding its script. Exits with status 1 when any of them reports a missed target.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const failed = [];
for (const name of Object.keys(scripts).filter((n) => n.startsWith('bench:'))) {
  console.log(`\n▶ npm run ${name}`);
  const { status } = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nMissed a target or failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
