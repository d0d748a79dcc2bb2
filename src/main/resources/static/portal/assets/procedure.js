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
    canvas.zoom('fit-viewport', 'auto');
    // a window resized (or a phone turned) fits the diagram again
    let pending;
    window.addEventListener('resize', () => {
      clearTimeout(pending);
      pending = setTimeout(() => { canvas.resized(); canvas.zoom('fit-viewport', 'auto'); }, 150);
    });
  } catch (e) {
    container.textContent = '流程图暂时无法显示。';
  }
})();
