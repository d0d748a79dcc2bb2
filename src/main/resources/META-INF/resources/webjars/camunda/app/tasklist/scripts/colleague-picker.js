/*
 * 转办 in Tasklist's task view: the 办理人 field in the header asks for a login id. While its holder edits it, this
 * customScript (config.js) offers the step's colleagues by name — the members of its candidate groups, from
 * GET /api/tasks/{taskId}/colleagues with Tasklist's session — as a drop-down 选择同事 under the field, and as
 * suggestions (a datalist: the id, with the name beside it) while typing. Picking a name writes the colleague's id
 * into the field; ✓ (or Enter) hands the step over.
 *
 * Tasklist's own ✓ would first look the id up in the user list, which an approver may not read (no READ on users),
 * and silently put the old holder back. For a colleague of the list this script sets the assignee itself, the way
 * Tasklist does (POST …/task/{id}/assignee on the engine API with Tasklist's session and CSRF token), so the engine's
 * rule still applies (TASK_HANDOVER_NOT_ALLOWED, shown under the field), and reloads the page on success. Any other
 * id goes through Tasklist as before.
 *
 * Tasklist's inline field ([cam-tasklist-task-meta] [cam-widget-inline-field][value="assignee.id"], AngularJS) carries
 * the class inline-editing while it is edited, shows its input in a span.edit inside it (its ✓ and ✗ are moved to
 * the end of <body>), and reads the input's value when ✓ is pressed. The drop-down goes into that span: a click
 * inside the field is not taken for a click elsewhere, which would cancel the edit.
 */

const PICKER_CLASS = 'cjqx-colleague-picker';
const LIST_ID = 'cjqx-colleagues';

function taskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

function assigneeField() {
  return document.querySelector('[cam-tasklist-task-meta] [cam-widget-inline-field][value="assignee.id"]');
}

// the input of the assignee field while it is edited, or null
function editingInput() {
  const field = assigneeField();
  return field && field.classList.contains('inline-editing')
    ? field.querySelector('span.edit input[ng-model="formData.editValue"]')
    : null;
}

// asked at each edit: only the step's holder gets an answer; anyone else (or a step without colleagues) types an id
// as before
function colleagues(id) {
  return fetch('/api/tasks/' + encodeURIComponent(id) + '/colleagues', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => []);
}

// what Tasklist reads: the input's value, told to AngularJS (ng-model) by an input event
function choose(input, userId) {
  input.value = userId;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.focus();
}

function datalist(list) {
  let element = document.getElementById(LIST_ID);
  if (!element) {
    element = document.createElement('datalist');
    element.id = LIST_ID;
    document.body.appendChild(element);
  }
  element.replaceChildren(...list.map((colleague) => {
    const option = document.createElement('option');
    option.value = colleague.userId;
    option.label = colleague.name;
    option.textContent = colleague.name;
    return option;
  }));
}

function picker(input, list) {
  const select = document.createElement('select');
  select.className = 'form-control input-sm ' + PICKER_CLASS;
  select.setAttribute('aria-label', '选择同事（转办）');
  select.style.marginTop = '4px';
  const prompt = document.createElement('option');
  prompt.value = '';
  prompt.textContent = '选择同事…';
  select.appendChild(prompt);
  for (const colleague of list) {
    const option = document.createElement('option');
    option.value = colleague.userId;
    option.textContent = colleague.name;
    select.appendChild(option);
  }
  select.addEventListener('change', () => {
    if (select.value) {
      choose(input, select.value);
    }
  });
  input.insertAdjacentElement('afterend', select);
}

// Tasklist's CSRF token (cookie XSRF-TOKEN), sent back as a header as Tasklist's own calls do
function csrfToken() {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]) : '';
}

function showError(input, text) {
  let message = input.parentNode.querySelector('.cjqx-colleague-error');
  if (!message) {
    message = document.createElement('div');
    message.className = 'cjqx-colleague-error text-danger';
    message.style.maxWidth = '320px';
    message.style.whiteSpace = 'normal';
    input.parentNode.appendChild(message);
  }
  message.textContent = text;
}

function handOver(input, userId) {
  const id = taskId();
  fetch('/camunda/api/engine/engine/default/task/' + encodeURIComponent(id) + '/assignee', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify({ userId })
  })
    .then((response) => {
      if (response.ok) {
        // Tasklist shows the new holder, and the task leaves 我的待办, after loading again
        window.location.reload();
        return null;
      }
      return response.json().catch(() => ({})).then((body) => showError(input, body.message || '转办未成功，请刷新页面后重试。'));
    })
    .catch(() => showError(input, '转办未成功，请检查网络后重试。'));
}

// ✓ or Enter while the field holds a colleague of the list: handed over here, before Tasklist sees the click or key
function intercept(event) {
  const input = editingInput();
  const picker = input && input.parentNode.querySelector('.' + PICKER_CLASS);
  if (!picker) {
    return;
  }
  const confirm = event.type === 'click'
    ? event.target.closest && event.target.closest('.cam-widget-inline-field.btn-group button')
      && event.target.closest('.cam-widget-inline-field.btn-group button').querySelector('.glyphicon-ok')
    : event.key === 'Enter' && event.target === input;
  const userId = input.value.trim();
  if (!confirm || !Array.from(picker.options).some((option) => option.value && option.value === userId)) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  handOver(input, userId);
}

function offer() {
  const input = editingInput();
  if (!input || input.parentNode.querySelector('.' + PICKER_CLASS)) {
    return;
  }
  const id = taskId();
  if (!id) {
    return;
  }
  // marked at once, so the observer does not ask twice while the answer is on its way
  input.dataset.cjqxPicker = id;
  colleagues(id).then((list) => {
    if (!list || !list.length || editingInput() !== input || input.parentNode.querySelector('.' + PICKER_CLASS)) {
      return;
    }
    datalist(list);
    input.setAttribute('list', LIST_ID);
    input.setAttribute('autocomplete', 'off');
    picker(input, list);
  });
}

document.addEventListener('click', intercept, true);
document.addEventListener('keydown', intercept, true);
new MutationObserver(() => {
  const input = editingInput();
  if (input && input.dataset.cjqxPicker !== taskId()) {
    offer();
  }
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
