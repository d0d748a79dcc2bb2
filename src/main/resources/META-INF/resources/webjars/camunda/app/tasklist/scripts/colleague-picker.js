/*
 * 转办 and 委派 in Tasklist's task view, by name. Tasklist itself offers only its 办理人 field in the header, which asks
 * for a login id, and no 委派 at all. This customScript (config.js) adds, for the step's holder, a line under the
 * header — 交给同事：[选择同事] [转办] [委派] — made of ordinary controls (reachable with Tab), and while the 办理人
 * field is edited it offers the same colleagues as a drop-down 选择同事 under the field and as suggestions (a
 * datalist: the id, with the name beside it). The colleagues are the members of the step's candidate groups, from
 * GET /api/tasks/{taskId}/colleagues with Tasklist's session; only the holder gets an answer, so nobody else sees
 * the line.
 *
 * 转办 sets the assignee, 委派 delegates (the colleague works on the step and submitting the form hands it back), both
 * the way Tasklist calls the engine (POST …/task/{id}/assignee or …/delegate on the engine API with Tasklist's session
 * and CSRF token), so the engine's rule still applies (TASK_HANDOVER_NOT_ALLOWED, shown in Chinese under the
 * controls) and each act lands in the procedure's timeline; the page loads again on success.
 *
 * Tasklist's own ✓ of the 办理人 field would first look the id up in the user list, which an approver may not read
 * (no READ on users), and silently put the old holder back; for a colleague of the list this script hands over
 * itself. Any other id goes through Tasklist as before.
 *
 * Tasklist's inline field ([cam-tasklist-task-meta] [cam-widget-inline-field][value="assignee.id"], AngularJS) carries
 * the class inline-editing while it is edited, shows its input in a span.edit inside it (its ✓ and ✗ are moved to
 * the end of <body>), and reads the input's value when ✓ is pressed. The drop-down goes into that span: a click
 * inside the field is not taken for a click elsewhere, which would cancel the edit.
 */

const PICKER_CLASS = 'cjqx-colleague-picker';
const LIST_ID = 'cjqx-colleagues';
const BAR_CLASS = 'cjqx-handover';

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

// 转办 (assignee) or 委派 (delegate) through the engine API as Tasklist calls it; shows a refusal next to `place`
function handOver(place, userId, delegate) {
  const id = taskId();
  const what = delegate ? '委派' : '转办';
  fetch('/camunda/api/engine/engine/default/task/' + encodeURIComponent(id) + (delegate ? '/delegate' : '/assignee'), {
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
      return response.json().catch(() => ({}))
        .then((body) => showError(place, body.message || what + '未成功，请刷新页面后重试。'));
    })
    .catch(() => showError(place, what + '未成功，请检查网络后重试。'));
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
  handOver(input, userId, false);
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

// the line under the task's header: 交给同事：[选择同事] [转办] [委派]
function bar(meta, id, list) {
  const line = document.createElement('div');
  line.className = BAR_CLASS + ' form-inline';
  line.dataset.task = id;
  line.setAttribute('role', 'group');
  line.setAttribute('aria-label', '转办或委派');
  line.style.padding = '6px 15px';
  const label = document.createElement('label');
  label.textContent = '交给同事：';
  label.style.marginRight = '6px';
  const select = document.createElement('select');
  select.className = 'form-control input-sm';
  select.id = 'cjqx-handover-colleague';
  label.htmlFor = select.id;
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
  const hint = document.createElement('span');
  hint.className = 'help-block';
  hint.style.display = 'inline';
  hint.style.marginLeft = '8px';
  hint.textContent = '转办：此环节从此由同事办理；委派：同事办理后交回您。';
  line.append(label, select, button('转办', select, false), button('委派', select, true), hint);
  meta.insertAdjacentElement('afterend', line);
}

function button(text, select, delegate) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'btn btn-default btn-sm';
  element.style.marginLeft = '6px';
  element.textContent = text;
  element.addEventListener('click', () => {
    if (!select.value) {
      showError(select, '请先选择同事。');
      select.focus();
      return;
    }
    element.disabled = true;
    handOver(select, select.value, delegate);
    element.disabled = false;
  });
  return element;
}

function offerBar() {
  const meta = document.querySelector('[cam-tasklist-task-meta]');
  const id = taskId();
  const existing = document.querySelector('.' + BAR_CLASS);
  if (existing && (!meta || existing.dataset.task !== id)) {
    existing.remove();
  }
  // asked again when the holder changes (a candidate who claims the step becomes its holder)
  const field = assigneeField();
  const key = id + '|' + (field ? field.textContent.trim() : '');
  if (!meta || !id || meta.dataset.cjqxBar === key) {
    return;
  }
  // marked at once, so the observer does not ask twice while the answer is on its way
  meta.dataset.cjqxBar = key;
  Promise.all([colleagues(id), task(id)]).then(([list, current]) => {
    if (!list || !list.length || taskId() !== id || document.querySelector('.' + BAR_CLASS)) {
      return;
    }
    if (current && current.delegationState === 'PENDING' && current.owner && current.owner !== current.assignee) {
      delegatedNote(meta, id, list, current.owner);
    }
    else {
      bar(meta, id, list);
    }
  });
}

// the task as Tasklist reads it (owner and delegationState tell a delegated step)
function task(id) {
  return fetch('/camunda/api/engine/engine/default/task/' + encodeURIComponent(id), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
}

// for the colleague a step was delegated to: whose it is and that completing it hands it back
function delegatedNote(meta, id, list, owner) {
  const known = list.find((colleague) => colleague.userId === owner);
  const name = known ? known.name : '委派人';
  const note = document.createElement('div');
  note.className = BAR_CLASS + ' text-info';
  note.dataset.task = id;
  note.style.padding = '6px 15px';
  note.textContent = '此环节由' + name + '委派给您：填写后点“完成”，交回' + name + '决定。';
  meta.insertAdjacentElement('afterend', note);
}

document.addEventListener('click', intercept, true);
document.addEventListener('keydown', intercept, true);
new MutationObserver(() => {
  const input = editingInput();
  if (input && input.dataset.cjqxPicker !== taskId()) {
    offer();
  }
  offerBar();
}).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style'] });
