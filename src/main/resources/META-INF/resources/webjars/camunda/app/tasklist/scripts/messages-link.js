/*
 * 消息 in Tasklist's header: a link to the signed-in person's messages (the portal's /portal/messages, same users)
 * with the number of unread ones, read from /api/messages/unread with Tasklist's session and refreshed every minute.
 * Loaded as a customScript (config.js).
 */

const LINK_ID = 'cjqx-messages-link';

function menu() {
  return document.querySelector('nav.cam-nav.app-menu > ul');
}

// only while someone is signed in (their menu shows): a request without a session would answer 401 with a
// WWW-Authenticate header, and the browser would ask for a password
function signedIn() {
  return !!document.querySelector('nav.cam-nav.app-menu li.account');
}

function ensureLink() {
  const list = menu();
  if (!list) {
    return null;
  }
  let item = document.getElementById(LINK_ID);
  if (!item) {
    item = document.createElement('li');
    item.id = LINK_ID;
    const link = document.createElement('a');
    link.href = '/portal/messages';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = '消息';
    const count = document.createElement('span');
    count.className = 'badge';
    count.style.marginLeft = '4px';
    count.style.backgroundColor = '#b3261e';
    count.hidden = true;
    link.appendChild(count);
    item.appendChild(link);
    list.insertBefore(item, list.firstChild);
  }
  return item;
}

function refresh() {
  if (!signedIn()) {
    const stale = document.getElementById(LINK_ID);
    if (stale) {
      stale.remove();
    }
    return;
  }
  const item = ensureLink();
  if (!item) {
    return;
  }
  fetch('/api/messages/unread', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((body) => {
      const count = item.querySelector('.badge');
      const unread = body ? body.unread : 0;
      count.hidden = !unread;
      count.textContent = unread ? String(unread) : '';
      item.querySelector('a').setAttribute('aria-label', unread ? '消息，' + unread + ' 条未读' : '消息');
    })
    .catch(() => {});
}

// the header is rendered by AngularJS after this script runs, and again after signing in
new MutationObserver(() => {
  if (signedIn() !== !!document.getElementById(LINK_ID)) {
    refresh();
  }
}).observe(document.documentElement, { childList: true, subtree: true });
setInterval(refresh, 60000);
