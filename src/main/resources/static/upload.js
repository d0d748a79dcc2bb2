const list = document.getElementById('uploaded');
const message = document.getElementById('message');

function show(material) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = material.url;
  link.target = '_blank';
  link.textContent = material.fileName;
  const id = document.createElement('code');
  id.textContent = material.id;
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = '复制编号';
  copy.onclick = () => navigator.clipboard.writeText(material.id).then(() => { copy.textContent = '已复制'; });
  item.append(link, document.createElement('br'), '材料编号：', id, ' ', copy);
  list.prepend(item);
}

JSON.parse(sessionStorage.getItem('uploaded') || '[]').forEach(show);

document.getElementById('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) { return; }
  const body = new FormData();
  body.append('file', file);
  message.className = '';
  message.textContent = '正在上传……';
  // The header marks a request of this page: a cross-site form cannot send it, so the Tasklist session is safe to use.
  const response = await fetch('/api/materials', { method: 'POST', body, credentials: 'same-origin',
    headers: { 'X-Requested-With': 'material-upload' } });
  const result = await response.json().catch(() => ({}));
  if (response.status === 201) {
    const saved = JSON.parse(sessionStorage.getItem('uploaded') || '[]');
    saved.push(result);
    sessionStorage.setItem('uploaded', JSON.stringify(saved));
    show(result);
    message.textContent = '上传成功：' + result.fileName;
    document.getElementById('upload').reset();
  } else {
    message.className = 'error';
    message.textContent = response.status === 401 ? '请先登录 Tasklist 后再上传。' : (result.detail || ('上传失败（' + response.status + '）'));
  }
});
