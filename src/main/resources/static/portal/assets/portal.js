// The portal's shared script: CSRF header for /api writes, Chinese messages from problem+json, and the filing forms
// (list rows, material uploads with checks and progress, submission, messages next to the fields).
'use strict';

const Portal = (() => {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;

  function headers(extra = {}) {
    return { [meta('_csrf_header')]: meta('_csrf'), Accept: 'application/json', ...extra };
  }

  /** The Chinese message of a refusal: the problem's detail, or one for the status. */
  async function refusal(response) {
    const problem = await response.json().catch(() => ({}));
    if (response.status === 401) {
      return { message: '登录已过期，请重新登录后再提交（已填写的内容请先复制保存）。', violations: [] };
    }
    if (response.status === 413) {
      return { message: '文件太大。', violations: [] };
    }
    return {
      message: problem.detail || `提交失败（${response.status}），请稍后重试。`,
      violations: Array.isArray(problem.violations) ? problem.violations : [],
    };
  }

  return { headers, refusal };
})();

// 撤回 and 催办: a POST to /api with the page's CSRF token; the page shows the outcome once it succeeded.
document.querySelectorAll('button[data-action]').forEach((button) => {
  const message = button.closest('section, .alert').querySelector('.action-message');
  button.addEventListener('click', async () => {
    if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      return;
    }
    button.disabled = true;
    const response = await fetch(button.dataset.endpoint, { method: 'POST', credentials: 'same-origin', headers: Portal.headers() })
      .catch(() => null);
    if (response && response.ok) {
      if (button.dataset.then) {
        window.location.assign(button.dataset.then);
      } else {
        window.location.reload();
      }
      return;
    }
    message.className = 'action-message field-error';
    message.textContent = response ? (await Portal.refusal(response)).message : '网络中断，没有完成，请稍后重试。';
    button.disabled = false;
  });
});

(() => {
  const form = document.querySelector('form[data-endpoint]');
  if (!form) {
    return;
  }
  const summary = document.getElementById('form-errors');
  const maxSize = Number(form.dataset.maxSize);
  const extensions = (form.dataset.extensions || '').split(',');

  // list fields (栏目设置, 管理员): rows added and removed one by one, numbered for screen readers
  function renumber(list) {
    list.querySelectorAll('[data-row]').forEach((row, index) => {
      row.querySelector('[data-row-title]').textContent = `${list.dataset.itemLabel} ${index + 1}`;
      row.querySelectorAll('[data-field]').forEach((input) => {
        const path = `${list.dataset.list}[${index}].${input.dataset.field}`;
        input.id = path;
        input.dataset.path = path;
        const label = row.querySelector(`label[data-for="${input.dataset.field}"]`);
        if (label) {
          label.htmlFor = path;
        }
      });
    });
  }
  function addRow(list) {
    const row = list.querySelector('template').content.firstElementChild.cloneNode(true);
    list.querySelector('[data-rows]').append(row);
    renumber(list);
    row.querySelector('input, textarea, select').focus();
  }
  form.querySelectorAll('[data-list]').forEach((list) => {
    for (let i = 0; i < Number(list.dataset.initialRows || 1); i++) {
      list.querySelector('[data-rows]').append(list.querySelector('template').content.firstElementChild.cloneNode(true));
    }
    renumber(list);
    list.querySelector('[data-add-row]').addEventListener('click', () => addRow(list));
    list.addEventListener('click', (event) => {
      const remove = event.target.closest('[data-remove-row]');
      if (remove) {
        remove.closest('[data-row]').remove();
        renumber(list);
        list.querySelector('[data-add-row]').focus();
      }
    });
  });

  // materials: checked for type and size before upload, uploaded at once with progress, kept as the material's id
  function checkFile(file) {
    const extension = file.name.includes('.') ? file.name.split('.').pop().toLowerCase() : '';
    if (!extensions.includes(extension)) {
      return `“${file.name}”的类型不能上传；可上传 ${extensions.join('、')} 文件。`;
    }
    if (file.size > maxSize) {
      return `“${file.name}”有 ${(file.size / 1048576).toFixed(1)} MB，超过 ${form.dataset.maxSizeText} 的上限。`;
    }
    if (file.size === 0) {
      return `“${file.name}”是空文件。`;
    }
    return null;
  }
  function upload(box, file) {
    const status = box.querySelector('[data-upload-status]');
    const progress = box.querySelector('progress');
    const hidden = box.querySelector('input[type=hidden]');
    clearError(hidden.name);
    const problem = checkFile(file);
    if (problem) {
      showError(hidden.name, problem);
      return;
    }
    hidden.value = '';
    box.dataset.uploading = 'true';
    progress.hidden = false;
    progress.value = 0;
    status.textContent = `正在上传“${file.name}”……`;
    const body = new FormData();
    body.append('file', file);
    body.append('unit', form.elements.unitCode.value);
    const request = new XMLHttpRequest();
    request.open('POST', '/api/materials');
    Object.entries(Portal.headers()).forEach(([name, value]) => request.setRequestHeader(name, value));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        progress.value = Math.round((event.loaded / event.total) * 100);
      }
    };
    request.onloadend = () => {
      delete box.dataset.uploading;
      progress.hidden = true;
      const answer = (() => { try { return JSON.parse(request.responseText); } catch (e) { return {}; } })();
      if (request.status === 201) {
        hidden.value = answer.id;
        status.textContent = `已上传：${answer.fileName}（${(answer.size / 1024).toFixed(0)} KB）`;
        box.classList.add('done');
      } else {
        status.textContent = '';
        showError(hidden.name, answer.detail || (request.status === 413 ? '文件太大。' : `上传失败（${request.status || '网络中断'}），请重试。`));
      }
    };
    request.send(body);
  }
  form.querySelectorAll('[data-material]').forEach((box) => {
    const input = box.querySelector('input[type=file]');
    input.addEventListener('change', () => input.files[0] && upload(box, input.files[0]));
    box.addEventListener('dragover', (event) => { event.preventDefault(); box.classList.add('over'); });
    box.addEventListener('dragleave', () => box.classList.remove('over'));
    box.addEventListener('drop', (event) => {
      event.preventDefault();
      box.classList.remove('over');
      if (event.dataTransfer.files[0]) {
        upload(box, event.dataTransfer.files[0]);
      }
    });
  });

  // fields shown only when another answer asks for them (data-shown-when="field=value")
  function applyConditions() {
    form.querySelectorAll('[data-shown-when]').forEach((part) => {
      const [field, value] = part.dataset.shownWhen.split('=');
      const chosen = form.querySelector(`[name="${field}"]:checked`)?.value ?? form.elements[field]?.value;
      part.hidden = chosen !== value;
    });
  }
  // a correction: the filing as it stands, the materials by their file names, the findings next to their fields
  function prefill(data) {
    const rowTemplate = (list) => list.querySelector('template').content.firstElementChild;
    Object.entries(data.filing).forEach(([name, value]) => {
      if (value === null || value === undefined) {
        return;
      }
      const list = form.querySelector(`[data-list="${name}"]`);
      if (list) {
        const rows = list.querySelector('[data-rows]');
        rows.replaceChildren(...value.map(() => rowTemplate(list).cloneNode(true)));
        renumber(list);
        value.forEach((item, index) => Object.entries(item).forEach(([field, fieldValue]) => {
          const input = document.getElementById(`${name}[${index}].${field}`);
          if (input && fieldValue !== null) {
            input.value = fieldValue;
          }
        }));
        return;
      }
      const radios = form.querySelectorAll(`input[type=radio][name="${name}"]`);
      if (radios.length) {
        radios.forEach((radio) => { radio.checked = radio.value === String(value); });
        return;
      }
      const input = form.elements[name];
      if (input) {
        input.value = value;
        const box = input.closest('[data-material]');
        if (box && data.materialNames[value]) {
          box.querySelector('[data-upload-status]').textContent = `已上传：${data.materialNames[value]}`;
          box.classList.add('done');
        }
      }
    });
    data.violations.filter((v) => v.field).forEach((v) => showError(v.field, v.message));
  }

  form.addEventListener('change', applyConditions);
  if (form.dataset.prefill) {
    prefill(JSON.parse(form.dataset.prefill));
  }
  applyConditions();

  // the filing as JSON: empty fields absent, yes/no as booleans, numbers as numbers, list rows as objects
  function valueOf(input) {
    const value = input.value.trim();
    if (value === '') {
      return undefined;
    }
    if (input.dataset.type === 'boolean') {
      return value === 'true';
    }
    if (input.dataset.type === 'number') {
      return Number(value);
    }
    if (input.dataset.type === 'datetime') {
      // a local time of the bureau (China has one zone and no summer time)
      return `${value.length === 16 ? `${value}:00` : value}+08:00`;
    }
    return value;
  }
  function filing() {
    const body = {};
    for (const input of form.querySelectorAll('[name]')) {
      if (input.closest('[data-list]') || input.closest('[hidden]') || 'param' in input.dataset
          || input.type === 'file' || (input.type === 'radio' && !input.checked) || input.name === '_csrf') {
        continue;
      }
      const value = valueOf(input);
      if (value !== undefined) {
        body[input.name] = value;
      }
    }
    form.querySelectorAll('[data-list]').forEach((list) => {
      const rows = list.querySelectorAll('[data-row]');
      if (rows.length === 0 && 'omitEmpty' in list.dataset) {
        return;
      }
      body[list.dataset.list] = [...rows].map((row) => {
        const item = {};
        row.querySelectorAll('[data-field]').forEach((input) => {
          const value = valueOf(input);
          if (value !== undefined) {
            item[input.dataset.field] = value;
          }
        });
        return item;
      });
    });
    return body;
  }

  function fieldElement(path) {
    return document.getElementById(path) || form.querySelector(`[name="${CSS.escape(path)}"]`)
      || form.querySelector(`[data-list="${CSS.escape(path)}"]`);
  }
  /** The required fields left empty (not those of hidden parts), each with a message that names it. */
  function missingRequired(except) {
    const name = (text) => text.replace(/\s*\*\s*$/, '').trim();
    const missing = [];
    const groups = new Set();
    form.querySelectorAll('[required]').forEach((input) => {
      if (input === except || input.closest('[hidden]') || input.type === 'hidden') {
        return;
      }
      if (input.type === 'radio') {
        if (!groups.has(input.name) && !form.querySelector(`[name="${CSS.escape(input.name)}"]:checked`)) {
          missing.push({ field: input.name, message: `请选择${name(input.closest('fieldset').querySelector('legend').innerText)}` });
        }
        groups.add(input.name);
        return;
      }
      if (input.value.trim() === '') {
        const label = name(input.labels && input.labels[0] ? input.labels[0].innerText : '');
        const choose = input.tagName === 'SELECT' || input.type === 'date' || input.type === 'datetime-local';
        missing.push({ field: input.id, message: `${choose ? '请选择' : '请填写'}${label}` });
      }
    });
    return missing;
  }
  function showError(path, message) {
    const field = fieldElement(path);
    if (!field) {
      return; // the summary at the top lists it
    }
    const holder = field.closest('.field, [data-material], fieldset');
    let note = holder.querySelector(':scope > .field-error');
    if (!note) {
      note = document.createElement('p');
      note.className = 'field-error';
      note.id = `${path}-error`;
      holder.append(note);
    }
    note.textContent = note.textContent ? `${note.textContent}；${message}` : message;
    if (field.matches('input, select, textarea') && field.type !== 'hidden') {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', note.id);
    }
    holder.classList.add('has-error');
  }
  function clearError(path) {
    const holder = fieldElement(path)?.closest('.field, [data-material], fieldset');
    holder?.querySelector(':scope > .field-error')?.remove();
    holder?.classList.remove('has-error');
  }
  function clearErrors() {
    form.querySelectorAll('.field-error').forEach((note) => note.remove());
    form.querySelectorAll('.has-error').forEach((holder) => holder.classList.remove('has-error'));
    form.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
    summary.hidden = true;
    summary.replaceChildren();
  }
  function showSummary(title, violations) {
    summary.hidden = false;
    const heading = document.createElement('h2');
    heading.textContent = title;
    const items = document.createElement('ul');
    violations.forEach((violation) => {
      const item = document.createElement('li');
      const field = violation.field && fieldElement(violation.field);
      // the field's own label before the message, so that "应为 11 位数字" says whose; rule codes stay in the API
      const label = field && field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
      const name = label ? label.innerText.replace(/\s*\*\s*$/, '').trim() : '';
      const text = name && !violation.message.includes(name) ? `${name}：${violation.message}` : violation.message;
      if (field && field.id && field.type !== 'hidden') {
        const link = document.createElement('a');
        link.href = `#${CSS.escape(field.id)}`;
        link.textContent = text;
        item.append(link);
      } else {
        item.textContent = text;
      }
      items.append(item);
    });
    summary.append(heading, items);
    summary.focus();
  }

  // 预览备案登记表: the Word document of the form as filled in, made by the server, nothing stored
  form.querySelector('[data-preview]')?.addEventListener('click', async (event) => {
    clearErrors();
    const response = await fetch(event.currentTarget.dataset.preview, {
      method: 'POST', credentials: 'same-origin',
      headers: Portal.headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(filing()),
    }).catch(() => null);
    if (!response) {
      showSummary('网络中断，请稍后重试。', []);
      return;
    }
    if (!response.ok) {
      const { message, violations } = await Portal.refusal(response);
      violations.filter((v) => v.field).forEach((v) => showError(v.field, v.message));
      showSummary(`预览前请先改正：${message}`, violations);
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = '备案登记表（预览）.docx';
    link.click();
    URL.revokeObjectURL(link.href);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    if (form.querySelector('[data-uploading]')) {
      showSummary('还有材料正在上传，请稍候再提交。', []);
      return;
    }
    // the account or website chosen by name goes into the path (data-param), not into the body: without it nothing
    // can be sent, so the page names it together with every other required field left empty, all in one pass (the
    // server's messages about the values follow once there is something to send)
    const param = form.querySelector('[data-param]');
    if (param && !param.value) {
      const missing = [{ field: param.name, message: param.dataset.param }, ...missingRequired(param)];
      missing.forEach((v) => showError(v.field, v.message));
      showSummary('请先改正以下问题：', missing);
      return;
    }
    const target = (url) => url.replace('{id}', encodeURIComponent(param?.value || ''));
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    button.textContent = '正在提交……';
    const body = JSON.stringify(filing());
    try {
      // the rules first (data-check): what they find is shown before anything is filed; the same filing pressed
      // again goes ahead into correction, a forbidding finding never does
      if (form.dataset.check && form.dataset.checked !== body) {
        const checked = await fetch(target(form.dataset.check), {
          method: 'POST', credentials: 'same-origin', headers: Portal.headers({ 'Content-Type': 'application/json' }), body,
        });
        if (!checked.ok) {
          const { message, violations } = await Portal.refusal(checked);
          violations.filter((v) => v.field).forEach((v) => showError(v.field, v.message));
          showSummary(message, violations);
          return;
        }
        const findings = (await checked.json()).violations;
        if (findings.length) {
          findings.filter((v) => v.field).forEach((v) => showError(v.field, v.message));
          const forbidding = findings.some((v) => v.forbidding);
          form.dataset.checked = forbidding ? '' : body;
          showSummary(forbidding ? '依照《管理制度》，这项申请不能提交：'
            : `规则检查发现以下问题。建议改正后再提交；如仍要提交，请再按一次“${form.dataset.submitLabel}”，提交后将进入补正环节。`, findings);
          return;
        }
      }
      const response = await fetch(target(form.dataset.endpoint), {
        method: 'POST',
        credentials: 'same-origin',
        headers: Portal.headers({ 'Content-Type': 'application/json', 'Idempotency-Key': form.dataset.idempotencyKey }),
        body,
      });
      if (response.status === 201 || response.status === 200) {
        const started = await response.json();
        window.location.assign(`/portal/procedures/${encodeURIComponent(started.businessKey)}?submitted`);
        return;
      }
      const { message, violations } = await Portal.refusal(response);
      violations.filter((v) => v.field).forEach((v) => showError(v.field, v.message));
      showSummary(message, violations);
    } catch (e) {
      showSummary('网络中断，申请没有提交，请稍后重试。', []);
    } finally {
      button.disabled = false;
      button.textContent = form.dataset.submitLabel;
    }
  });
})();
