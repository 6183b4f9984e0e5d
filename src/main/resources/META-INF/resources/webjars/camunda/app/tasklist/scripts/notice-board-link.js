// 公示栏 in Tasklist's header: the notices of the official's places, each printable for the village board.
export default {
  id: 'notice-board-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 50,
  render: node => {
    const link = document.createElement('a');
    link.href = '/notices';
    link.target = '_blank';
    link.className = 'notice-board-link';
    link.textContent = '公示栏';
    link.title = '正在公示的贫困户退出名单，可打印后张贴';
    node.appendChild(link);
  }
};
