// Links in Tasklist's header to the application's own pages, same login: 公示栏 (the notices of the official's
// places, each printable for the village board), 建档立卡查询 (the register of the official's places), 督查进度 (the
// progress of the household exits in the official's places, for supervisors), 建档立卡数据 (a county office's import
// and export) and 退出规划 (the plans of the official's counties; a county office's bulk start).
const PAGES = [
  {href: '/notices', text: '公示栏', title: '正在公示的贫困户退出名单，可打印后张贴', className: 'notice-board-link'},
  {href: '/register', text: '建档立卡查询', title: '查询本辖区的贫困户、行政村和县', className: 'register-search-link'},
  {href: '/progress', text: '督查进度', title: '本辖区贫困户退出进度、即将期满的公示、超期任务和抽查', className: 'progress-link'},
  {href: '/register/files', text: '建档立卡数据', title: '县扶贫办导入、导出本县建档立卡数据', className: 'register-files-link'},
  {href: '/plans', text: '退出规划', title: '本辖区各县的退出规划及年度计划（每一版），县扶贫办在此批量发起本年度退出案件', className: 'exit-plans-link'}
];

export default {
  id: 'application-pages-links',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: node => {
    // one line beside Tasklist's own actions: the header's links are blocks by default, which stacked these and
    // made the header cover the task list
    node.style.whiteSpace = 'nowrap';
    for (const page of PAGES) {
      const link = document.createElement('a');
      link.href = page.href;
      link.target = '_blank';
      link.className = page.className;
      link.textContent = page.text;
      link.title = page.title;
      link.style.display = 'inline-block';
      link.style.marginRight = '1em';
      node.appendChild(link);
    }
  }
};
