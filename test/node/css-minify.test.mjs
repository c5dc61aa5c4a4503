// The build minifies every css`…` template (scripts/trim-template-indent.mjs). This checks,
// in Chromium's own CSS parser, that each template in src/ parses to exactly the same rules
// minified as written, and that the minifier keeps strings and the blanks that matter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { minifyCss } from '../../scripts/trim-template-indent.mjs';

const src = new URL('../../src/', import.meta.url);
const templates = readdirSync(src, { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => [...readFileSync(new URL(f, src), 'utf8').matchAll(/\bcss`((?:[^`\\]|\\.)*)`/g)].map((m) => [f, m[1]]));

test('minifyCss keeps quoted strings, descendant blanks and a blank between two interpolations', () => {
  const text = "\n  /* a\n  comment */\n  .a > .b,\n  .c\n  .d {\n    content: ' · ';\n    margin: 0 4px ;\n  }\n";
  assert.equal(minifyCss(text), " .a>.b, .c .d{content:' · ';margin:0 4px}");
  assert.equal(minifyCss(' '), ' ');
  assert.equal(minifyCss(' 4px '), ' 4px ');
});

test('every css template parses to the same rules minified', async () => {
  assert.ok(templates.length >= 5, `found ${templates.length} css templates`);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const hole = (s) => s.replace(/\$\{[^}]*\}/g, '0');
    const results = await page.evaluate(
      (pairs) =>
        pairs.map(([file, a, b]) => {
          const rules = (text) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(text);
            return [...sheet.cssRules].map((r) => r.cssText).join('\n');
          };
          return { file, written: rules(a), minified: rules(b) };
        }),
      templates.map(([file, text]) => [file, hole(text), hole(minifyCss(text))]),
    );
    for (const { file, written, minified } of results) {
      assert.ok(written.length > 0, `${file}: no rules parsed`);
      assert.equal(minified, written, file);
    }
  } finally {
    await browser.close();
  }
});
