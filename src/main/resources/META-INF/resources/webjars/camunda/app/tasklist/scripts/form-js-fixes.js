/*
 * Three fixes for the Camunda Forms (form-js) that Tasklist 7.24 renders, loaded as a customScript (see config.js).
 * Tasklist creates its form-js Form with no options (new Form({container})), so neither a translation module nor a
 * validation hook can be passed in. We patch the Form class and the flatpickr date picker that the webjar bundles
 * instead, and translate the few English texts form-js writes into the page.
 *
 * 1. 发起/完成 greyed out for good after typing into a dynamic list (栏目设置, 管理员).
 *    On every change form-js stores the field's messages at errors[fieldId][rowIndex], or deletes them when there
 *    are none. For a field inside a dynamic list, that leaves an empty array (errors = {Field_25: []}).
 *    Tasklist disables the button while Object.keys(errors).length > 0, so any keystroke in any row (required or
 *    not) disabled it with no message. We drop error entries that hold no message before Tasklist sees them.
 *    When a row is removed, form-js keeps the messages of the removed rows' fields; we drop the messages of that
 *    list's fields (pressing 发起 validates the whole form again, and the server checks everything anyway).
 *
 * 2. form-js's texts are English and cannot be configured: validation messages ("Field is required."), "Select",
 *    "Add new", the date placeholder (mm/dd/yyyy) and flatpickr's month and weekday names. We give flatpickr a
 *    Chinese locale and translate form-js's texts in the page as they appear (exact texts only, inside .fjs-container).
 *
 * 3. Links in a form (a material, the 备案登记表, an account's web address) replaced Tasklist in the tab, and the
 *    approver lost the task. form-js renders Markdown links without a target and its Form takes no option for it, so
 *    we give every link inside .fjs-container target="_blank" rel="noopener" as it appears.
 *
 * The modules are taken from the webjar's webpack runtime by their ids in camunda-webapp-webjar 7.24.0, or found by
 * their source if a later webjar numbers them differently. StartFormInTasklistBrowserTests fails if this stops
 * working.
 */

const FORM_JS_MODULE = 57661; // @bpmn-io/form-js, as Tasklist requires it: n(57661).Form
const FLATPICKR_MODULE = 11731;

function webpackRequire() {
  let require = null;
  (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []).push([
    ['cjqx-form-js-fixes'], {}, (r) => { require = r; }
  ]);
  return require;
}

function findModule(require, id, marker, accept) {
  const tried = (key) => {
    try {
      const exported = require(key);
      return accept(exported) ? exported : null;
    } catch (e) {
      return null;
    }
  };
  if (require.m[id] && tried(id)) {
    return tried(id);
  }
  const key = Object.keys(require.m).find((k) => String(require.m[k]).includes(marker) && tried(k));
  return key ? tried(key) : null;
}

// ---- 1. empty error entries ----

function hasMessage(value) {
  if (typeof value === 'string') {
    return true;
  }
  if (value && typeof value === 'object') {
    return Object.values(value).some(hasMessage);
  }
  return false;
}

function withoutEmptyErrors(errors) {
  const kept = {};
  Object.entries(errors || {}).forEach(([id, messages]) => {
    if (hasMessage(messages)) {
      kept[id] = messages;
    }
  });
  return kept;
}

function patchForm(Form) {
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors) {
      state = { ...state, errors: withoutEmptyErrors(state.errors) };
    }
    return setState.call(this, state);
  };

  const update = Form.prototype._update;
  Form.prototype._update = function (event) {
    const instance = event && event.fieldInstance;
    const registry = this.get('formFieldRegistry');
    const list = instance && registry.get(instance.id);
    if (list && list.type === 'dynamiclist' && Array.isArray(event.value)) {
      let before = this._getState().data;
      (instance.valuePath || []).forEach((segment) => { before = before == null ? before : before[segment]; });
      if (Array.isArray(before) && event.value.length < before.length) {
        const inList = (field) => {
          for (let parent = field._parent; parent; parent = registry.get(parent) && registry.get(parent)._parent) {
            if (parent === list.id) {
              return true;
            }
          }
          return false;
        };
        const errors = { ...this._getState().errors };
        registry.getAll().filter(inList).forEach((field) => { delete errors[field.id]; });
        this._state = { ...this._state, errors };
      }
    }
    return update.call(this, event);
  };
}

// ---- 2. Chinese texts ----

const TEXTS = {
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请填写有效的电子邮箱地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': '请填写有效的国际电话号码（例如 +4930664040900）。',
  'Value is not a number.': '请填写数字。',
  'Value is expected to be an integer.': '请填写整数。',
  'Date and time must both be entered.': '日期和时间须同时填写。',
  'Select': '请选择',
  'Search': '搜索',
  'No results': '无匹配项',
  'All values selected': '已全部选择',
  'Nothing to show.': '暂无内容。',
  'Add new': '添加',
  'Collapse': '收起',
  'Remove tag': '删除',
  'Increment': '增加',
  'Decrement': '减少'
};

const PATTERNS = [
  // the pattern itself (a regular expression) means nothing to a clerk; the field's description says what to write
  [/^Field must match pattern .*\.$/, () => '格式不正确。'],
  [/^Field must have minimum value of (.*)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `不能少于 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `不能超过 ${m[1]} 个字。`],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `最多保留 ${m[1]} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    (m) => `请填写有效值，最接近的两个有效值为 ${m[1]} 和 ${m[2]}。`],
  [/^Expand all \((\d+)\)$/, (m) => `全部展开（${m[1]}）`],
  [/^Remove list item (\d+)$/, (m) => `删除第 ${m[1]} 项`],
  // date placeholder in the browser's order (mm/dd/yyyy, yyyy/mm/dd), as Chrome writes it for zh: 年/月/日
  [/^(?=.*yyyy)[ymd/.\- ]+$/, (m) => m[0].replace('yyyy', '年').replace('mm', '月').replace('dd', '日')],
  [/^hh:mm( \?m)?$/, (m) => (m[1] ? '时:分 上午/下午' : '时:分')]
];

function translate(text) {
  const trimmed = text.trim();
  if (!trimmed || /[\u4e00-\u9fff]/.test(trimmed)) {
    return text;
  }
  let translated = TEXTS[trimmed];
  for (let i = 0; translated === undefined && i < PATTERNS.length; i++) {
    const match = trimmed.match(PATTERNS[i][0]);
    if (match) {
      translated = PATTERNS[i][1](match);
    }
  }
  return translated === undefined ? text : text.replace(trimmed, translated);
}

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function translateNode(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const translated = translate(node.data);
    if (translated !== node.data) {
      node.data = translated;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const elements = [node, ...node.querySelectorAll('*')];
  elements.forEach((element) => {
    ATTRIBUTES.forEach((name) => {
      const value = element.getAttribute(name);
      if (value) {
        const translated = translate(value);
        if (translated !== value) {
          element.setAttribute(name, translated);
        }
      }
    });
  });
  const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    translateNode(text);
  }
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest('.fjs-container'));
}

function openLinksInNewTab(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  if (!element) {
    return;
  }
  const links = element.matches('a[href]') ? [element] : [...element.querySelectorAll('a[href]')];
  links.filter((link) => link.closest('.fjs-container') && link.target !== '_blank').forEach((link) => {
    link.target = '_blank';
    link.rel = 'noopener';
  });
}

function linksInNewTab() {
  document.querySelectorAll('.fjs-container').forEach(openLinksInNewTab);
  new MutationObserver((records) => {
    records.forEach((record) => record.addedNodes.forEach(openLinksInNewTab));
  }).observe(document.documentElement, { childList: true, subtree: true });
}

function translatePage() {
  new MutationObserver((records) => {
    records.forEach((record) => {
      if (record.type === 'childList') {
        record.addedNodes.forEach((node) => {
          if (inForm(node)) {
            translateNode(node);
          } else if (node.nodeType === Node.ELEMENT_NODE && node.querySelector('.fjs-container')) {
            node.querySelectorAll('.fjs-container').forEach(translateNode);
          }
        });
      } else if (inForm(record.target)) {
        translateNode(record.target);
      }
    });
  }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
}

const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时时制',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  amPM: ['上午', '下午']
};

const require = webpackRequire();
const formJs = require && findModule(require, FORM_JS_MODULE, 'FormPlayground',
  (m) => !!(m && m.Form && m.Form.prototype._setState && m.Form.prototype._update));
const flatpickr = require && findModule(require, FLATPICKR_MODULE, 'l10ns',
  (m) => typeof m === 'function' && typeof m.localize === 'function');
if (formJs) {
  patchForm(formJs.Form);
} else {
  console.error('form-js-fixes: form-js not found in the webjar; dynamic lists may grey out 发起');
}
if (flatpickr) {
  flatpickr.localize(FLATPICKR_ZH);
} else {
  console.error('form-js-fixes: flatpickr not found in the webjar; the date picker stays in English');
}
translatePage();
linksInNewTab();
