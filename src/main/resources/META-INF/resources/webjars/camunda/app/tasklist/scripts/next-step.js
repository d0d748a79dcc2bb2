/*
 * After 完成: Tasklist says only 任务已完成 and the step leaves the list. This customScript (config.js) tells the
 * approver where the procedure went — 下一步：市政府办公室审批（市政府办公室）, or that it ended and how — from
 * GET /api/tasks/{taskId}/after with Tasklist's session, in a notice at the top of the page that stays until closed
 * or the next step is completed, and is read out by screen readers (role=status).
 *
 * Tasklist completes a step with POST …/task/{id}/submit-form (or …/complete) on its engine API through
 * XMLHttpRequest; the script watches those requests and asks once one succeeds.
 */

const NOTICE_ID = 'cjqx-next-step';
const COMPLETION = /\/camunda\/api\/engine\/engine\/[^/]+\/task\/([^/?]+)\/(submit-form|complete)(\?|$)/;

function text(after) {
  const prefix = '已提交（' + after.businessKey + '）。';
  if (after.ended) {
    return prefix + '事项已办结' + (after.outcomeLabel ? '：' + after.outcomeLabel : '') + '。';
  }
  if (!after.next.length) {
    return prefix + '事项正在等待规定期限届满，届满后自动进入下一环节。';
  }
  return prefix + '下一步：' + after.next.map((step) => step.name + '（' + step.holder + '）').join('；') + '。';
}

function show(message) {
  let notice = document.getElementById(NOTICE_ID);
  if (!notice) {
    notice = document.createElement('div');
    notice.id = NOTICE_ID;
    notice.className = 'alert alert-success';
    notice.setAttribute('role', 'status');
    Object.assign(notice.style, {
      position: 'fixed', top: '44px', left: '50%', transform: 'translateX(-50%)', zIndex: 2000,
      maxWidth: '640px', padding: '10px 36px 10px 14px', boxShadow: '0 2px 8px rgba(0,0,0,.2)'
    });
    const body = document.createElement('span');
    body.className = 'cjqx-next-step-text';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', '关闭');
    close.textContent = '×';
    Object.assign(close.style, { position: 'absolute', top: '8px', right: '12px' });
    close.addEventListener('click', () => notice.remove());
    notice.append(body, close);
    document.body.appendChild(notice);
  }
  notice.querySelector('.cjqx-next-step-text').textContent = message;
}

function tell(taskId) {
  fetch('/api/tasks/' + encodeURIComponent(taskId) + '/after', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((after) => after && show(text(after)))
    .catch(() => {});
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const match = method && method.toUpperCase() === 'POST' ? COMPLETION.exec(String(url)) : null;
  if (match) {
    const taskId = decodeURIComponent(match[1]);
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        tell(taskId);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
