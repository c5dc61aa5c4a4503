// Demo page behaviour: the language switch and the "Needs attention" list, fed by the
// widgets' hcx-alert events — what an intranet page would write around the widgets.
const buttons = document.querySelectorAll('.lang-switch button');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
  });
}

const list = document.getElementById('alert-list');
const seen = new Set();
const SHOWN_PER_CHART = 3;
const perChart = new Map(); // chart title → { shown, more (li), hidden count }
document.addEventListener('hcx-alert', (event) => {
  const source = event.target.closest('section')?.querySelector('h2')?.textContent ?? event.target.localName;
  const key = `${source}|${event.detail.key}`;
  if (seen.has(key)) return;
  seen.add(key);
  list.querySelector('.none')?.remove();
  let entry = perChart.get(source);
  if (!entry) perChart.set(source, (entry = { shown: 0, hidden: 0, more: null }));
  // A board page lists a few signals per chart; the chart itself shows the rest.
  if (entry.shown >= SHOWN_PER_CHART) {
    entry.hidden++;
    if (!entry.more) {
      entry.more = document.createElement('li');
      list.append(entry.more);
    }
    entry.more.textContent = `${source}: ${entry.hidden} more — see the chart.`;
    return;
  }
  entry.shown++;
  const item = document.createElement('li');
  const where = document.createElement('strong');
  where.textContent = `${source}: `;
  item.append(where, event.detail.message);
  if (entry.more) list.insertBefore(item, entry.more);
  else list.append(item);
});
