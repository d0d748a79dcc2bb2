/*
 * Tasklist's 管理组 dialog (click the groups in a task's header) lists the task's candidate groups by id
 * (bureau-office) and asks for a group id to add one. This customScript (config.js) writes each group's name beside
 * its id — 局办公室 — and offers the groups the signed-in person may see, by name, while typing an id (a datalist).
 * Names come from Tasklist's own engine API with its session (GET …/group): a group the person may not read keeps its
 * id alone.
 */

const NAME_CLASS = 'cjqx-group-name';
const GROUP_LIST_ID = 'cjqx-groups';

// id → name of the groups the person may read, asked for once per page
let groups = null;

function readableGroups() {
  if (!groups) {
    groups = fetch('/camunda/api/engine/engine/default/group?maxResults=500', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    })
      .then((response) => (response.ok ? response.json() : []))
      .catch(() => [])
      .then((list) => {
        const names = new Map();
        list.forEach((group) => names.set(group.id, group.name || group.id));
        return names;
      });
  }
  return groups;
}

function dialog() {
  const input = document.querySelector('.modal input[ng-model="newGroup.groupId"]');
  return input ? input.closest('.modal') : null;
}

function annotate(modal, names) {
  modal.querySelectorAll('.form-group.values .value').forEach((cell) => {
    const id = cell.firstChild && cell.firstChild.nodeType === Node.TEXT_NODE ? cell.firstChild.nodeValue.trim() : '';
    const name = names.get(id);
    const shown = cell.querySelector('.' + NAME_CLASS);
    if (shown && shown.dataset.groupId === id) {
      return;
    }
    if (shown) {
      shown.remove();
    }
    if (name && name !== id) {
      const label = document.createElement('span');
      label.className = NAME_CLASS + ' text-muted';
      label.dataset.groupId = id;
      label.textContent = '（' + name + '）';
      cell.appendChild(label);
    }
  });
  const input = modal.querySelector('input[ng-model="newGroup.groupId"]');
  if (input.getAttribute('list') !== GROUP_LIST_ID && names.size) {
    let list = document.getElementById(GROUP_LIST_ID);
    if (!list) {
      list = document.createElement('datalist');
      list.id = GROUP_LIST_ID;
      names.forEach((name, id) => {
        const option = document.createElement('option');
        option.value = id;
        option.label = name;
        option.textContent = name;
        list.appendChild(option);
      });
      document.body.appendChild(list);
    }
    input.setAttribute('list', GROUP_LIST_ID);
    input.setAttribute('autocomplete', 'off');
  }
}

new MutationObserver(() => {
  const modal = dialog();
  if (modal) {
    readableGroups().then((names) => {
      if (dialog() === modal) {
        annotate(modal, names);
      }
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
