// Search as you type on the public program: suggestions from /api/search under the search box. Without this
// script the box is a plain form that opens the search page.
(function () {
  const input = document.getElementById('program-search-input');
  const list = document.getElementById('program-search-suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }
  let timer = null;
  let last = '';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      list.hidden = true;
    }
  });

  function suggest() {
    const q = input.value.trim();
    if (q === last) {
      return;
    }
    last = q;
    if (q.length < 2) {
      list.hidden = true;
      return;
    }
    const params = new URLSearchParams({q: q, lang: input.dataset.lang, event: input.dataset.event, size: '8'});
    fetch('/api/search?' + params, {headers: {Accept: 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : {hits: []}; })
      .then(function (result) {
        if (q !== last) {
          return;
        }
        list.replaceChildren();
        result.hits.forEach(function (hit) {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = input.dataset.base + '/sessions/' + hit.sessionId;
          a.lang = hit.lang;
          // Titles come HTML-escaped with <mark> around matches: keep the marks, nothing else.
          a.innerHTML = hit.title.replace(/<(?!\/?mark>)/g, '&lt;');
          li.appendChild(a);
          list.appendChild(li);
        });
        list.hidden = result.hits.length === 0;
      })
      .catch(function () { list.hidden = true; });
  }
})();
