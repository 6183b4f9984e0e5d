// Officials use the webapps in Chinese: a browser whose first language is zh gets locales/zh.json.
export default {
  app: {
    name: '欢迎',
    vendor: '贫困退出'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  }
};
