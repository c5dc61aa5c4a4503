import { expect } from '@open-wc/testing';
import * as d3 from 'd3-color';
import { interpolateLab as d3InterpolateLab } from 'd3-interpolate';
import { hcl, interpolateLab, rgb } from '../../src/base/color.js';

// The hand-written colour maths must give the palettes d3-color gave: d3 is the oracle.
const COLOURS = [
  '#000', '#fff', '#ffffff', '#000000', '#808080', '#b35806', '#2166ac', '#f7f7f7', '#762a83', '#08306b', '#deebf7',
  '#1a1a1a', '#abc', '#abcd', '#11223380', '#ff000000', 'rgb(12, 34, 56)', 'rgb(100%, 0%, 50%)', 'rgba(12, 34, 56, 0.5)',
  'rgba(0, 0, 0, 0)', 'RGB(1,2,3)', ' #Fe8 ', 'transparent',
];
/** Formats the browser normalises for us (through a canvas): 8-bit channels, so within half a step of d3. */
const BROWSER_PARSED = ['steelblue', 'hsl(120, 50%, 50%)', 'hsla(200, 40%, 30%, 0.5)', 'rebeccapurple'];
const same = (a: number, b: number, label: string) =>
  Number.isNaN(b) ? expect(a, label).to.be.NaN : expect(Math.abs(a - b), `${label}: ${a} vs ${b}`).to.be.below(1e-9);

describe('colour maths (the palette’s, d3-compatible)', () => {
  it('parses CSS colours like d3-color: hex, rgb(), rgba(), percent, named, hsl, transparent', () => {
    for (const c of COLOURS) {
      const mine = rgb(c);
      const theirs = d3.rgb(c);
      expect(mine.formatHex(), c).to.equal(theirs.formatHex());
      for (const k of ['r', 'g', 'b', 'opacity'] as const) same(mine[k], theirs[k], `${c} ${k}`);
    }
  });

  it('parses other CSS colours through the browser, within half a channel step of d3-color', () => {
    for (const c of BROWSER_PARSED) {
      const mine = rgb(c);
      const theirs = d3.rgb(c);
      for (const k of ['r', 'g', 'b'] as const) expect(Math.abs(mine[k] - theirs[k]), `${c} ${k}`).to.be.at.most(0.5);
      expect(mine.opacity, c).to.be.closeTo(theirs.opacity, 0.01);
    }
  });

  it('gives black channels for text that is no colour, like d3-color', () => {
    for (const c of ['', 'nonsense', 'rgb(1, 2)', '#12', 'url(x)']) {
      expect(rgb(c).formatHex(), c).to.equal('#000000');
      expect(rgb(c).r, c).to.be.NaN;
    }
  });

  it('converts to and from HCL exactly as d3-color', () => {
    for (const c of COLOURS) {
      const mine = hcl(c);
      const theirs = d3.hcl(c);
      for (const k of ['h', 'c', 'l'] as const) same(mine[k], theirs[k], `${c} ${k}`);
    }
    for (let h = 0; h < 360; h += 23) {
      for (let c = 0; c <= 120; c += 17) {
        for (let l = 0; l <= 100; l += 9) expect(rgb(hcl(h, c, l)).formatHex(), `${h} ${c} ${l}`).to.equal(d3.rgb(d3.hcl(h, c, l)).formatHex());
      }
    }
    const grey = hcl('#808080');
    expect(rgb({ ...grey, c: grey.c * 0.3 }).formatHex()).to.equal(d3.rgb(d3.hcl(NaN, 0, grey.l)).formatHex());
  });

  it('interpolates in Lab exactly as d3-interpolate', () => {
    const pairs = [['#b35806', '#f7f7f7'], ['#f7f7f7', '#2166ac'], ['rgb(118, 42, 131)', '#000'], ['#fff', '#fff'], ['rgba(0, 0, 0, 0)', '#2166ac']];
    for (const [a, b] of pairs) {
      const mine = interpolateLab(a!, b!);
      const theirs = d3InterpolateLab(a!, b!);
      for (let t = 0; t <= 1; t += 1 / 16) expect(mine(t), `${a}→${b} at ${t}`).to.equal(d3.rgb(theirs(t)).formatHex());
    }
  });
});
