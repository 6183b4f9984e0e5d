// Officials use the webapps in Chinese: a browser whose first language is zh gets locales/zh.json.
export default {
  app: {
    name: '驾驶舱',
    vendor: '贫困退出'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // a link to the register page (scripts/application-links.js)
  customScripts: ['scripts/application-links'],
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
