// A link in Cockpit's main navigation to the register of the supervisor's places (建档立卡查询, same login), beside
// 流程 and 决策. Cockpit has no header action point as Tasklist has; its navigation takes plugins that render a link.
export default {
  id: 'register-search-link',
  pluginPoint: 'cockpit.navigation',
  priority: 50,
  render: node => {
    const link = document.createElement('a');
    link.href = '/register';
    link.target = '_blank';
    link.className = 'register-search-link';
    link.textContent = '建档立卡查询';
    link.title = '查询本辖区的贫困户、行政村和县';
    node.appendChild(link);
  }
};
