// Links in Cockpit's main navigation, beside 流程 and 决策, to the application's pages of the supervisor's places (same
// login): 建档立卡查询 (the register) and 督查进度 (the progress of the household exits). Cockpit has no header action
// point as Tasklist has; its navigation takes plugins that render a link, one plugin a link.
function pageLink(id, href, text, title, priority) {
  return {
    id,
    pluginPoint: 'cockpit.navigation',
    priority,
    render: node => {
      const link = document.createElement('a');
      link.href = href;
      link.target = '_blank';
      link.className = id;
      link.textContent = text;
      link.title = title;
      node.appendChild(link);
    }
  };
}

export default [
  pageLink('register-search-link', '/register', '建档立卡查询', '查询本辖区的贫困户、行政村和县', 50),
  pageLink('progress-link', '/progress', '督查进度', '本辖区贫困户退出进度、即将期满的公示、超期任务和抽查', 49)
];
