/*
 * Tasklist writes due and follow-up dates relative to now with its own copy of moment.js in English ("in 8 days",
 * "3 hours ago"), whatever the locale file says. This customScript (config.js) rewrites such texts in Chinese as they
 * appear: exact phrases only, so nothing else on the page is touched.
 */

const UNITS = {
  'a few seconds': '几秒', 'a minute': '1 分钟', 'an hour': '1 小时', 'a day': '1 天', 'a month': '1 个月', 'a year': '1 年',
  seconds: '秒', minutes: '分钟', hours: '小时', days: '天', months: '个月', years: '年'
};

const RELATIVE = /^(in )?(a few seconds|a minute|an hour|a day|a month|a year|(\d+) (seconds|minutes|hours|days|months|years))( ago)?$/;

function chinese(text) {
  const match = RELATIVE.exec(text.trim());
  if (!match || (match[1] && match[5]) || (!match[1] && !match[5])) {
    return null;
  }
  const amount = match[3] ? match[3] + ' ' + UNITS[match[4]] : UNITS[match[2]];
  return match[1] ? amount + '后' : amount + '前';
}

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translated = chinese(node.nodeValue);
    if (translated) {
      node.nodeValue = node.nodeValue.replace(node.nodeValue.trim(), translated);
    }
  }
}

new MutationObserver((changes) => {
  for (const change of changes) {
    if (change.type === 'characterData') {
      translate(change.target.parentNode || change.target);
    }
    change.addedNodes.forEach((node) => translate(node.nodeType === Node.TEXT_NODE ? node.parentNode || node : node));
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
translate(document.body);
