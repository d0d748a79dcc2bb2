/*
 * Cockpit's variables tables (a process instance's 变量 tab, and every other table of the same widget) show what the
 * engine holds: enum constants (SHUT_DOWN, WORK_NEEDS, DOUYIN), decisions (approve), steps' ids (Task_UnitDecision),
 * variable names (accountId), type names (String) and true/false; the table's header says "Actions", and Cockpit writes
 * "null" for an empty field (the parent instance in the sidebar), both outside its translations. This customScript
 * (config.js) writes Chinese instead: the label where one is known, with what the engine holds kept in the title
 * (hover), so that an operator can still search for it; the copy button still copies the engine's value. The labels
 * come from the server (GET /api/labels, built from the Java enums and the process-variable declarations) with
 * Cockpit's own session, a step's name from the diagram on the page. A cell being edited is not touched: there the
 * operator types what the engine stores.
 */

const RAW = 'cjqxRaw';

// Cockpit's own words, outside locales/zh.json
const WORDS = { Actions: '操作', Download: '下载', Upload: '上传', '<null>': '<空值>', '<undefined>': '<未定义>' };

// the engine's type names (the 类型 column)
const TYPES = {
  String: '文本', Boolean: '是/否', Integer: '整数', Long: '整数', Short: '整数', Double: '小数', Date: '日期时间',
  Json: '结构化数据', Xml: '结构化数据', Object: '对象', Bytes: '二进制数据', File: '文件', Null: '空值'
};

const FLAGS = { true: '是', false: '否' };

const TABLE = '[cam-widget-variables-table]';

// asked for once a table shows (the person is signed in by then); asked again after a failure, at most every 10 s
let labels = null;

function serverLabels() {
  if (!labels) {
    labels = fetch('/api/labels', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => {
        if (!response.ok) {
          throw new Error('GET /api/labels answered ' + response.status);
        }
        return response.json();
      })
      .catch((error) => {
        console.warn('variable-labels:', error);
        setTimeout(() => { labels = null; }, 10000);
        return { values: {}, variables: {} };
      })
      .then(columns);
  }
  return labels;
}

/**
 * Writes the label of each text in the element that has one (label(text)), keeping the text in the title of its
 * element; a title left from an earlier value (the operator changed it) goes.
 */
function relabel(element, label) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue.trim();
    const holder = node.parentNode;
    const shown = raw ? label(raw) : null;
    if (shown && shown !== raw) {
      node.nodeValue = node.nodeValue.replace(raw, shown);
      holder.dataset[RAW] = raw;
      holder.title = raw;
    }
    else if (raw && holder.dataset[RAW] !== undefined && label(holder.dataset[RAW]) !== raw) {
      delete holder.dataset[RAW];
      holder.removeAttribute('title');
    }
  }
}

function lookup(names) {
  return (raw) => (Object.prototype.hasOwnProperty.call(names, raw) ? names[raw] : null);
}

/**
 * A variable that names a step of the process (resumeAt, returnedBy hold a task's id such as Task_UnitDecision) reads
 * as that step's name in the diagram above the table, the deployed model's own: the same id names different steps in
 * different processes, which one list of labels from the server cannot tell apart.
 */
function stepName(raw) {
  if (!/^[A-Za-z][\w-]*$/.test(raw)) {
    return null;
  }
  const step = document.querySelector('.djs-element[data-element-id="' + raw + '"] .djs-visual');
  const name = step ? Array.from(step.querySelectorAll('text tspan')).map((line) => line.textContent).join('') : '';
  return name.trim() || null;
}

/** How each column's texts are written: by the server's labels, and Cockpit's own words in every cell. */
function columns(known) {
  const values = lookup(Object.assign({}, WORDS, known.values));
  return {
    'col-name': lookup(Object.assign({}, WORDS, known.variables)),
    'col-type': lookup(Object.assign({}, WORDS, TYPES)),
    'col-value': (raw) => values(raw) || stepName(raw),
    'type-boolean': lookup(Object.assign({}, WORDS, FLAGS))
  };
}

function relabelTables(names) {
  document.querySelectorAll(TABLE + ' thead td.actions').forEach((cell) => relabel(cell, lookup(WORDS)));
  document.querySelectorAll(TABLE + ' tbody td').forEach((cell) => {
    const classes = cell.classList;
    if (classes.contains('editable')) {
      relabel(cell, lookup(WORDS));
    }
    else if (classes.contains('col-value') && classes.contains('type-boolean')) {
      relabel(cell, names['type-boolean']);
    }
    else {
      const column = ['col-name', 'col-type', 'col-value'].find((name) => classes.contains(name));
      if (column) {
        relabel(cell, names[column]);
      }
    }
  });
}

function relabelNulls() {
  document.querySelectorAll('.null-value').forEach((value) => {
    if (value.textContent.trim() === 'null') {
      value.textContent = '空';
    }
  });
}

// once per batch of changes: Cockpit redraws often, and each of our own changes is a change too
let pending = false;

function update() {
  if (pending) {
    return;
  }
  pending = true;
  setTimeout(() => {
    pending = false;
    relabelNulls();
    if (document.querySelector(TABLE)) {
      serverLabels().then(relabelTables);
    }
  }, 0);
}

new MutationObserver(update)
  .observe(document.documentElement, { childList: true, subtree: true, characterData: true });
update();
