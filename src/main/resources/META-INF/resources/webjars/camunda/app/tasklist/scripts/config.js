// Officials use the webapps in Chinese: a browser whose first language is zh gets locales/zh.json.
export default {
  app: {
    name: '任务列表',
    vendor: '贫困退出'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // Chinese texts for Camunda Forms, and no 认领 on tasks the official may only read (scripts/chinese-forms.js);
  // links to the notice board and the register files (scripts/application-links.js)
  customScripts: ['scripts/chinese-forms', 'scripts/application-links'],
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '认领当前选中的任务'},
    focusFilter: {key: 'ctrl+shift+f', description: '光标移到第一个过滤器'},
    focusList: {key: 'ctrl+alt+l', description: '光标移到任务列表的第一个任务'},
    focusForm: {key: 'ctrl+alt+f', description: '光标移到任务表单的第一个输入框'},
    startProcess: {key: 'ctrl+alt+p', description: '打开发起流程对话框'}
  }
};
