// Renders every processes/*.bpmn to docs/diagrams/<process>.png with the bpmn-js viewer in headless Chromium.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const processes = join(here, '..', '..', 'processes');
const dist = join(here, 'node_modules', 'bpmn-js', 'dist');
const page = `<!DOCTYPE html><html><head><meta charset="utf-8">
<style>${readFileSync(join(dist, 'assets', 'diagram-js.css'), 'utf8')}
${readFileSync(join(dist, 'assets', 'bpmn-js.css'), 'utf8')}
html, body, #canvas { margin: 0; width: 100%; height: 100%; background: #fff; }
.djs-label { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif !important; }</style>
<script>${readFileSync(join(dist, 'bpmn-viewer.production.min.js'), 'utf8')}</script>
</head><body><div id="canvas"></div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
});
try {
  for (const file of readdirSync(processes).filter(f => f.endsWith('.bpmn')).sort()) {
    const tab = await browser.newPage({ viewport: { width: 2000, height: 900 }, deviceScaleFactor: 1 });
    await tab.setContent(page);
    const size = await tab.evaluate(async xml => {
      const viewer = new BpmnJS({ container: '#canvas' });
      await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport');
      const box = canvas.viewbox();
      return { width: Math.ceil(box.inner.width * box.scale) + 40, height: Math.ceil(box.inner.height * box.scale) + 40 };
    }, readFileSync(join(processes, file), 'utf8'));
    await tab.setViewportSize({ width: Math.min(2400, Math.max(800, size.width)), height: Math.max(300, size.height) });
    await tab.evaluate(() => window.dispatchEvent(new Event('resize')));
    const png = join(here, file.replace('.bpmn', '.png'));
    writeFileSync(png, await tab.screenshot({ fullPage: true }));
    console.log('rendered', png);
    await tab.close();
  }
} finally {
  await browser.close();
}
