/**
 * Primary and complementary cell suppression for a table whose row and column totals are
 * shown (statistical disclosure control, "line rule" heuristic).
 *
 * Primary: a cell with n < minN is hidden ('threshold').
 * Complementary: a row or column summary minus its shown cells reveals the aggregate of its
 * hidden cells. A line is safe when it has no hidden cell, or at least two hidden cells
 * whose n add up to at least minN (so the derivable aggregate is itself not a small group).
 * An unsafe line hides its smallest-n shown cell ('complementary'; ties: first in input
 * order), which may make the crossing line unsafe; lines are re-checked (rows first, then
 * columns, then whatever changed) until all are stable. A line with nothing left to hide is
 * withheld: no summary, and its cells are left out of the crossing lines' counts and
 * summaries (and the overall), so no shown total contains them. Withholding is tried
 * before every complementary step, so no shown cell is hidden for a line that is withheld
 * anyway.
 *
 * Limits (documented, not hidden): this is the standard necessary condition; it does not
 * audit every linear combination of totals, as an LP-based tool (τ-ARGUS) would.
 *
 * Cost: O(N log N) for N cells (one sort per line, counters updated per change).
 */

export const NOT_SUPPRESSED = 0;
export const BY_THRESHOLD = 1;
export const BY_COMPLEMENT = 2;

export interface SuppressionInput {
  rows: number;
  columns: number;
  /** Row index of each cell. */
  rowOf: Int32Array;
  /** Column index of each cell. */
  columnOf: Int32Array;
  n: Float64Array;
  minN: number;
}

export interface SuppressionResult {
  /** Per cell: NOT_SUPPRESSED, BY_THRESHOLD or BY_COMPLEMENT. */
  reason: Uint8Array;
  rowWithheld: Uint8Array;
  columnWithheld: Uint8Array;
}

export function suppress(input: SuppressionInput): SuppressionResult {
  const { rows, columns, rowOf, columnOf, n, minN } = input;
  const cellCount = n.length;
  const lines = rows + columns;
  const reason = new Uint8Array(cellCount);
  const withheld = new Uint8Array(lines);
  const suppressedCount = new Int32Array(lines);
  const suppressedN = new Float64Array(lines);

  let primary = 0;
  for (let i = 0; i < cellCount; i++) {
    if (n[i]! < minN) {
      reason[i] = BY_THRESHOLD;
      primary++;
      suppressedCount[rowOf[i]!]!++;
      suppressedN[rowOf[i]!]! += n[i]!;
      suppressedCount[rows + columnOf[i]!]!++;
      suppressedN[rows + columnOf[i]!]! += n[i]!;
    }
  }
  // No small cell: every line is safe, nothing more to hide or withhold.
  if (primary === 0) return { reason, rowWithheld: new Uint8Array(rows), columnWithheld: new Uint8Array(columns) };

  // Members of each line (CSR layout), each segment sorted by n ascending, then input order.
  const start = new Int32Array(lines + 1);
  for (let i = 0; i < cellCount; i++) {
    start[rowOf[i]! + 1]!++;
    start[rows + columnOf[i]! + 1]!++;
  }
  for (let l = 0; l < lines; l++) start[l + 1]! += start[l]!;
  // Visit cells once in (n, input order) order and drop each into its two lines: every
  // line segment comes out sorted without a per-line comparator sort.
  const members = new Int32Array(2 * cellCount);
  const fill = start.slice(0, lines);
  const byN = orderByN(n);
  for (let k = 0; k < cellCount; k++) {
    const i = byN[k]!;
    members[fill[rowOf[i]!]!++] = i;
    members[fill[rows + columnOf[i]!]!++] = i;
  }
  const cursor = start.slice(0, lines);

  const rowLine = (i: number) => rowOf[i]!;
  const columnLine = (i: number) => rows + columnOf[i]!;
  const crossing = (i: number, l: number) => (l < rows ? columnLine(i) : rowLine(i));

  const count = (i: number, l: number, sign: 1 | -1) => {
    suppressedCount[l]! += sign;
    suppressedN[l]! += sign * n[i]!;
  };


  // Two queues: `check` finds lines that are unsafe; an unsafe line with no shown cell left
  // is withheld at once (that may make crossing lines safe for free), the others wait in
  // `pending`. Only when every check is done is ONE cell hidden for the first pending line.
  // So a degenerate line (e.g. a column of one hidden cell) is withheld before any shown
  // cell is sacrificed to protect it.
  const check: number[] = [];
  const checkQueued = new Uint8Array(lines);
  const pending: number[] = [];
  const isPending = new Uint8Array(lines);
  const enqueue = (l: number) => {
    if (!checkQueued[l] && !withheld[l]) {
      checkQueued[l] = 1;
      check.push(l);
    }
  };
  const unsafe = (l: number) => {
    const hidden = suppressedCount[l]!;
    return hidden !== 0 && (hidden < 2 || suppressedN[l]! < minN);
  };
  /** Smallest-n shown cell still counted in line l (its crossing line not withheld), or −1. */
  const firstShown = (l: number) => {
    const end = start[l + 1]!;
    let at = cursor[l]!;
    while (at < end && (reason[members[at]!] !== NOT_SUPPRESSED || withheld[crossing(members[at]!, l)])) at++;
    cursor[l] = at;
    return at < end ? members[at]! : -1;
  };
  for (let l = 0; l < lines; l++) enqueue(l);

  let checkHead = 0;
  let pendingHead = 0;
  for (;;) {
    while (checkHead < check.length) {
      const l = check[checkHead++]!;
      checkQueued[l] = 0;
      if (withheld[l] || !unsafe(l)) continue;
      if (firstShown(l) < 0) withhold(l);
      else if (!isPending[l]) {
        isPending[l] = 1;
        pending.push(l);
      }
    }
    let acted = false;
    while (!acted && pendingHead < pending.length) {
      const l = pending[pendingHead++]!;
      isPending[l] = 0;
      if (withheld[l] || !unsafe(l)) continue;
      const cell = firstShown(l);
      if (cell < 0) {
        withhold(l);
      } else {
        reason[cell] = BY_COMPLEMENT;
        count(cell, l, 1);
        const other = crossing(cell, l);
        count(cell, other, 1);
        enqueue(other);
        enqueue(l);
      }
      acted = true;
    }
    if (!acted) break;
  }

  function withhold(l: number): void {
    withheld[l] = 1;
    for (let at = start[l]!; at < start[l + 1]!; at++) {
      const cell = members[at]!;
      const other = crossing(cell, l);
      if (withheld[other]) continue;
      // The cell leaves the crossing line's totals.
      if (reason[cell] !== NOT_SUPPRESSED) count(cell, other, -1);
      enqueue(other);
    }
  }

  return { reason, rowWithheld: withheld.slice(0, rows), columnWithheld: withheld.slice(rows) };
}

/**
 * Cell indices ordered by n, ties by index (stable). Whole n up to 4·count + 1,024 use a
 * counting sort (linear; the usual case: sample sizes are small integers); others fall back
 * to a comparator sort.
 */
function orderByN(n: Float64Array): Int32Array {
  const count = n.length;
  const order = new Int32Array(count);
  let max = 0;
  let countable = true;
  for (let i = 0; countable && i < count; i++) {
    const v = n[i]!;
    countable = Number.isInteger(v) && v >= 0;
    if (v > max) max = v;
  }
  if (countable && max <= 4 * count + 1024) {
    const next = new Int32Array(max + 2);
    for (let i = 0; i < count; i++) next[n[i]! + 1]!++;
    for (let v = 0; v <= max; v++) next[v + 1]! += next[v]!;
    for (let i = 0; i < count; i++) order[next[n[i]!]!++] = i;
    return order;
  }
  const list = Array.from({ length: count }, (_, i) => i).sort((a, b) => n[a]! - n[b]! || a - b);
  for (let k = 0; k < count; k++) order[k] = list[k]!;
  return order;
}
