/*
 * Tasklist counts the tasks of the selected filter only (its template shows the counter when the filter has the
 * focus). An approver wants to see at a glance whether anything waits in 本组待办 or 已逾期 while looking at 我的待办:
 * this customScript (config.js) writes the count beside every other filter too, from Tasklist's own engine API with
 * its session (GET …/filter?resourceType=Task, then …/filter/{id}/count), and asks again every minute and whenever
 * the page changes filter or task.
 */

const COUNT_CLASS = 'cjqx-filter-count';
const ENGINE = '/camunda/api/engine/engine/default';

function get(path) {
  return fetch(ENGINE + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
}

// the filters' list items, by the name in their heading
function items() {
  const byName = new Map();
  document.querySelectorAll('.item.task-filter').forEach((item) => {
    const link = item.querySelector('h4.name a');
    if (link) {
      const own = link.querySelector('.counter');
      const name = Array.from(link.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.nodeValue)
        .join('')
        .trim();
      byName.set(name, { link, own });
    }
  });
  return byName;
}

function write(item, count) {
  let span = item.link.querySelector('.' + COUNT_CLASS);
  if (!span) {
    span = document.createElement('span');
    span.className = COUNT_CLASS + ' counter';
    item.link.appendChild(span);
  }
  // the selected filter shows Tasklist's own counter
  const focused = item.own && item.own.offsetParent !== null;
  span.hidden = focused;
  span.textContent = count;
}

let asking = false;

function refresh() {
  if (asking || !document.querySelector('nav.cam-nav.app-menu li.account')) {
    return;
  }
  const shown = items();
  if (!shown.size) {
    return;
  }
  asking = true;
  get('/filter?resourceType=Task')
    .then((filters) => Promise.all((filters || [])
      .filter((filter) => shown.has(filter.name))
      .map((filter) => get('/filter/' + encodeURIComponent(filter.id) + '/count')
        .then((answer) => answer && write(shown.get(filter.name), answer.count)))))
    .finally(() => {
      asking = false;
    });
}

let timer = null;
function soon() {
  clearTimeout(timer);
  timer = setTimeout(refresh, 300);
}

window.addEventListener('hashchange', soon);
setInterval(refresh, 60000);
new MutationObserver(() => {
  const shown = items();
  if (shown.size && Array.from(shown.values()).some((item) => !item.link.querySelector('.' + COUNT_CLASS))) {
    soon();
  }
}).observe(document.documentElement, { childList: true, subtree: true });
