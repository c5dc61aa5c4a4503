// The benchmark and build scripts are not run by `npm test` (the bench takes a quarter of an
// hour), so a syntax error in one would only show when someone runs it: parse them all here.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';

const folders = ['bench', 'bench/pages', 'scripts'];
const files = folders.flatMap((dir) => readdirSync(dir).filter((f) => /\.m?js$/.test(f)).map((f) => `${dir}/${f}`));

test('every bench and build script parses', () => {
  for (const file of files) execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
});
