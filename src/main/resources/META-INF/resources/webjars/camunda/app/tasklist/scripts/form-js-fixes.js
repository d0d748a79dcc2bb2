/*
 * A fix for the Camunda Forms (form-js) that Tasklist 7.24 renders, loaded as a customScript (see config.js).
 * Tasklist creates its form-js Form with no options (new Form({container})), so no validation hook can be passed
 * in. We patch the Form class that the webjar bundles instead.
 *
 * 1. 发起/完成 greyed out for good after typing into a dynamic list (栏目设置, 管理员).
 *    On every change form-js stores the field's messages at errors[fieldId][rowIndex], or deletes them when there
 *    are none. For a field inside a dynamic list, that leaves an empty array (errors = {Field_25: []}).
 *    Tasklist disables the button while Object.keys(errors).length > 0, so any keystroke in any row (required or
 *    not) disabled it with no message. We drop error entries that hold no message before Tasklist sees them.
 *    When a row is removed, form-js keeps the messages of the removed rows' fields; we drop the messages of that
 *    list's fields (pressing 发起 validates the whole form again, and the server checks everything anyway).
 *
 * The module is taken from the webjar's webpack runtime by its id in camunda-webapp-webjar 7.24.0, or found by
 * its source if a later webjar numbers it differently. StartFormInTasklistBrowserTests fails if this stops
 * working.
 */

const FORM_JS_MODULE = 57661; // @bpmn-io/form-js, as Tasklist requires it: n(57661).Form

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

const require = webpackRequire();
const formJs = require && findModule(require, FORM_JS_MODULE, 'FormPlayground',
  (m) => !!(m && m.Form && m.Form.prototype._setState && m.Form.prototype._update));
if (formJs) {
  patchForm(formJs.Form);
} else {
  console.error('form-js-fixes: form-js not found in the webjar; dynamic lists may grey out 发起');
}
