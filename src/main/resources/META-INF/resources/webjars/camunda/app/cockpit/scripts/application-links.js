// A link in Cockpit's header to the register of the supervisor's places (建档立卡查询, same login), beside the cases.
export default {
  id: 'application-pages-links',
  pluginPoint: 'cockpit.navbar.action',
  priority: 50,
  render: node => {
    const link = document.createElement('a');
    link.href = '/register';
    link.target = '_blank';
    link.className = 'register-search-link';
    link.textContent = '建档立卡查询';
    link.title = '查询本辖区的贫困户、行政村和县';
    link.style.marginRight = '1em';
    node.appendChild(link);
  }
};
