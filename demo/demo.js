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
document.addEventListener('hcx-alert', (event) => {
  const source = event.target.closest('section')?.querySelector('h2')?.textContent ?? event.target.localName;
  const key = `${source}|${event.detail.key}`;
  if (seen.has(key)) return;
  seen.add(key);
  list.querySelector('.none')?.remove();
  const item = document.createElement('li');
  const where = document.createElement('strong');
  where.textContent = `${source}: `;
  item.append(where, event.detail.message);
  list.append(item);
});
