// Camunda Forms (form-js 1.8.7 in Tasklist 7.24) has no translation hook: its validation messages, placeholders
// and buttons are English literals. This script, loaded through config.js `customScripts`, rewrites those texts in
// the rendered form as they appear, and hides the claim button on tasks the official may only read.

const FIXED_TEXTS = {
  'Field is required.': '此项为必填项。',
  'Select': '请选择',
  'Search': '搜索',
  'Add new': '添加一行',
  'Nothing to show.': '暂无内容。',
  'Collapse': '收起',
  'Field must be a valid email.': '请填写有效的电子邮箱。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': '请填写有效的电话号码。'
};

const PATTERN_TEXTS = [
  [/^Field must match pattern .*\.$/s, () => '格式不正确，请按说明填写。'],
  [/^Field must have minimum length of (\d+)\.$/, n => `至少填写${n}个字符。`],
  [/^Field must have maximum length of (\d+)\.$/, n => `最多填写${n}个字符。`],
  [/^Field must have minimum value of (.+)\.$/, n => `不能小于${n}。`],
  [/^Field must have maximum value of (.+)\.$/, n => `不能大于${n}。`],
  [/^Expand all \((\d+)\)$/, n => `全部展开（${n}）`]
];

function chinese(text) {
  const trimmed = text.trim();
  if (FIXED_TEXTS[trimmed]) {
    return text.replace(trimmed, FIXED_TEXTS[trimmed]);
  }
  for (const [pattern, replacement] of PATTERN_TEXTS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, replacement(match[1]));
    }
  }
  return null;
}

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translated = chinese(node.data);
    if (translated !== null) {
      node.data = translated;
    }
  }
  root.querySelectorAll('input[placeholder="Search"]').forEach(input => input.setAttribute('placeholder', '搜索'));
  root.querySelectorAll('button[aria-label^="Remove list item"]').forEach(button => {
    const row = button.getAttribute('aria-label').replace('Remove list item', '').trim();
    button.setAttribute('aria-label', `删除第${row}行`);
    button.setAttribute('title', `删除第${row}行`);
  });
}

function translateForms() {
  document.querySelectorAll('.fjs-container').forEach(translate);
  document.querySelectorAll('.page-notifications').forEach(refusalsOnly);
}

// A refused step reaches Tasklist wrapped in the engine's English ("Cannot submit task form …: ENGINE-03051 …
// Message: '评议日期应在2019年内'"): the official is shown the Chinese reason alone.
function refusalsOnly(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    if (/^\s*(Cannot |ENGINE-)/.test(text) && /[\u4e00-\u9fff]/.test(text)) {
      const quoted = text.match(/Message: '(.*)'\s*$/s);
      const firstChinese = text.search(/[\u4e00-\u9fff]/);
      const lastColon = text.lastIndexOf(': ', firstChinese);
      node.data = quoted ? quoted[1] : text.slice(lastColon >= 0 ? lastColon + 2 : firstChinese).trim();
    }
  }
}

// Tasklist offers 认领 on every unassigned task it shows; supervisors may read tasks but not work on them.
async function markReadOnlyTask() {
  const match = window.location.hash.match(/[?&]task=([^&]+)/);
  document.body.classList.remove('task-read-only');
  if (!match) {
    return;
  }
  const taskId = decodeURIComponent(match[1]);
  const engine = document.querySelector('base').getAttribute('engine-api') || '/camunda/api/engine/';
  const mayWork = await Promise.all(['UPDATE', 'TASK_WORK'].map(permission =>
    fetch(`${engine}engine/default/authorization/check?permissionName=${permission}&resourceName=Task&resourceType=7`
        + `&resourceId=${encodeURIComponent(taskId)}`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : {authorized: true})
      .then(answer => answer.authorized === true)
      .catch(() => true)));
  if (window.location.hash.includes(match[0]) && !mayWork.includes(true)) {
    document.body.classList.add('task-read-only');
  }
}

let pending = false;
new MutationObserver(() => {
  if (!pending) {
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      translateForms();
    });
  }
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});

window.addEventListener('hashchange', markReadOnlyTask);
markReadOnlyTask();
