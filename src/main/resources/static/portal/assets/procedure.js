// A procedure's page: the process diagram (bpmn-js viewer) with the current step highlighted, and 撤回.
'use strict';

(async () => {
  const container = document.getElementById('diagram');
  if (!container || typeof BpmnJS === 'undefined') {
    return;
  }
  try {
    const response = await fetch(container.dataset.source, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      container.textContent = '流程图暂时无法显示。';
      return;
    }
    const diagram = await response.json();
    const viewer = new BpmnJS({ container });
    await viewer.importXML(diagram.xml);
    const canvas = viewer.get('canvas');
    diagram.done.forEach((id) => canvas.addMarker(id, 'done'));
    diagram.current.forEach((id) => canvas.addMarker(id, 'current'));
    canvas.zoom('fit-viewport');
  } catch (e) {
    container.textContent = '流程图暂时无法显示。';
  }
})();

// 撤回 and 催办: a POST to /api with the page's CSRF token; the page shows the outcome once it succeeded.
document.querySelectorAll('button[data-action]').forEach((button) => {
  const message = button.parentElement.querySelector('.action-message');
  button.addEventListener('click', async () => {
    if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
      return;
    }
    button.disabled = true;
    const response = await fetch(button.dataset.endpoint, { method: 'POST', credentials: 'same-origin', headers: Portal.headers() })
      .catch(() => null);
    if (response && response.ok) {
      window.location.reload();
      return;
    }
    message.className = 'action-message field-error';
    message.textContent = response ? (await Portal.refusal(response)).message : '网络中断，没有完成，请稍后重试。';
    button.disabled = false;
  });
});
