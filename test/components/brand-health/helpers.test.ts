import { expect } from '@open-wc/testing';
import { sparkGeometry } from '../../../src/components/brand-health/sparkline.js';
import { wrapText } from '../../../src/components/brand-health/text-wrap.js';
import { balancedColumns, tileColumns } from '../../../src/components/brand-health/layout.js';
import type { KpiHistoryPoint } from '../../../src/brand/types.js';

const point = (value: number | null, interval: [number, number] | null = null): KpiHistoryPoint => ({ x: 'x', value, interval, n: null });

describe('<hcx-brand-health> helpers', () => {
  it('sparkline: one y scale for values, intervals and target; gaps break the line and the band', () => {
    // Box 105 × 40 with padding 3 left, 5 right, 5 top/bottom: x = 3, 51.5, 100 for 3 points;
    // y domain [0, 10] (interval ends and target) onto [35, 5]: y(v) = 35 − 3v.
    const g = sparkGeometry([point(4, [2, 6]), point(null), point(5, [0, 10])], 8, 105, 40);
    expect(g.line).to.equal('M3,23M100,20');
    expect(g.band).to.equal('M3,17L3,29ZM100,5L100,35Z');
    expect(g.target).to.equal(11);
    expect(g.last).to.deep.equal({ x: 100, y: 20 });
    const joined = sparkGeometry([point(1), point(2), point(3)], null, 105, 40);
    // Domain [1, 3] onto [35, 5]: y(1) = 35, y(2) = 20, y(3) = 5.
    expect(joined.line).to.equal('M3,35L51.5,20L100,5');
    expect(joined.band).to.equal('');
    // A single point sits at the right edge; a flat series gets a padded domain.
    const flat = sparkGeometry([point(7)], null, 105, 40);
    expect(flat.line).to.equal('M100,20');
  });

  it('wraps export text by words (Latin) and characters (CJK), with an ellipsis past the last line', () => {
    // 12 px: Latin lower case ≈ 6.72 px per character.
    expect(wrapText('within ±10.8: likely noise', 100, 12)).to.deep.equal(['within ±10.8:', 'likely noise']);
    // 12 px CJK: 1 em per character, 5 per 60 px line; the fourth line is cut.
    expect(wrapText('在随机波动范围内很可能是随机波动', 60, 12)).to.deep.equal(['在随机波动', '范围内很可', '能是随机…']);
    expect(wrapText('one two three four five six', 40, 12, 2)).to.have.length(2);
  });

  it('tile columns: as many as fit (≥ 196 px each), balanced rows', () => {
    expect(tileColumns(1254, 5)).to.equal(5);
    expect(tileColumns(374, 5)).to.equal(1);
    expect(tileColumns(860, 5)).to.equal(4);
    // 4 + 1 would leave one tile alone: 3 + 2 instead.
    expect(balancedColumns(860, 5)).to.equal(3);
    expect(balancedColumns(1254, 5)).to.equal(5);
    expect(balancedColumns(640, 4)).to.equal(2);
  });
});
