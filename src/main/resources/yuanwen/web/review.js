// The review page: filters, search and keyboard review. The live page (data-live="true") posts
// each change to the server, which writes aligned/NAME.json through the same review code as the
// pairs command and answers 409 when the file changed meanwhile; the page then reloads.
(function () {
  'use strict';
  var body = document.body;
  var live = body.getAttribute('data-live') === 'true';
  var version = body.getAttribute('data-version');
  var main = document.getElementById('rows');
  var rows = Array.prototype.slice.call(main.children);
  var show = document.getElementById('show');
  var speaker = document.getElementById('speaker');
  var search = document.getElementById('search');
  var count = document.getElementById('count');
  var message = document.getElementById('message');
  var header = document.querySelector('header');
  var current = null;
  var stateKey = 'yuanwen-review-' + body.getAttribute('data-name');
  var busy = false;
  var inScoreOrder = false;

  function say(text, ok) { message.textContent = text; message.className = ok ? 'ok' : ''; }

  function matches(row, mode, who, query) {
    var kind = row.getAttribute('data-kind');
    if (mode === 'weakest' && kind !== 'pair') { return false; }
    if (mode === 'unaligned' && kind === 'pair' && !row.classList.contains('rejected')) { return false; }
    if (who && ('|' + row.getAttribute('data-speakers') + '|').indexOf('|' + who + '|') < 0) { return false; }
    if (query) {
      // What the row shows, and its Chinese in the other script; made at the first search.
      if (row.found === undefined) { row.found = (row.textContent + '\n' + row.getAttribute('data-alt')).toLowerCase(); }
      if (row.found.indexOf(query) < 0) { return false; }
    }
    return true;
  }

  function apply() {
    var mode = show.value, who = speaker.value, query = search.value.trim().toLowerCase();
    var ordered = rows.slice();
    if (mode === 'weakest') {
      ordered.sort(function (a, b) {
        return (parseFloat(a.getAttribute('data-score')) - parseFloat(b.getAttribute('data-score')))
          || (a.getAttribute('data-order') - b.getAttribute('data-order'));
      });
    }
    var shown = 0;
    ordered.forEach(function (row) {
      var visible = matches(row, mode, who, query);
      if (row.hidden === visible) { row.hidden = !visible; }
      if (visible) { shown++; }
    });
    // Rows move only when the order changes (moving 800 rows costs a full layout).
    var sorted = mode === 'weakest';
    if (sorted !== inScoreOrder) {
      var fragment = document.createDocumentFragment();
      ordered.forEach(function (row) { fragment.appendChild(row); });
      main.appendChild(fragment);
      inScoreOrder = sorted;
    }
    count.textContent = shown + ' of ' + rows.length + ' rows';
    try { sessionStorage.setItem(stateKey, JSON.stringify({ show: mode, speaker: who, search: search.value })); } catch (e) { /* private mode */ }
  }

  function visibleRows() { return Array.prototype.filter.call(main.children, function (r) { return !r.hidden; }); }

  // Parsed when a list is first wanted, not on load (180 KB of JSON on the interview).
  var evidence = null;

  /** The pair's evidence as a list (made when first wanted: hover or focus), after its marks' indexes. */
  function listEvidence(row) {
    if (!row || row.listed) { return; }
    if (evidence === null) { evidence = JSON.parse(document.getElementById('evidence').textContent); }
    if (!evidence[row.id]) { return; }
    row.listed = true;
    var list = document.createElement('ul');
    list.className = 'ev';
    evidence[row.id].forEach(function (item, index) {
      var li = document.createElement('li');
      li.setAttribute('data-e', String(index));
      [['k', item[0]], ['zh', item[1]], ['arrow', ' ↔ '], ['en', item[2]], ['w', item[3]]].forEach(function (part) {
        var span = document.createElement('span');
        span.className = part[0];
        if (part[0] === 'zh') { span.lang = 'zh'; }
        span.textContent = part[1];
        li.appendChild(span);
        li.appendChild(document.createTextNode(' '));
      });
      list.appendChild(li);
    });
    row.appendChild(list);
  }

  function focusRow(row) {
    if (!row) { return; }
    listEvidence(row);
    if (current) { current.classList.remove('current'); }
    current = row;
    row.classList.add('current');
    row.focus({ preventScroll: true });
    // The header stays on top of the rows (sticky): a row scrolled to the top of the window was
    // under it, out of sight. Scrolling keeps clear of the header as tall as it is now (it wraps).
    document.documentElement.style.scrollPaddingTop = (header.offsetHeight + 6) + 'px';
    row.scrollIntoView({ block: 'nearest' });
  }

  function step(delta) {
    var list = visibleRows();
    var at = current ? list.indexOf(current) : -1;
    focusRow(list[Math.max(0, Math.min(list.length - 1, at + delta))]);
  }

  function ids(row, side) {
    var text = row.getAttribute('data-' + side);
    return text ? text.split(',').map(Number) : [];
  }

  /** The lone sentences of the other language beside a lone row: the rows up to the pairs around it. */
  function loneBeside(row, side) {
    var all = rows.slice().sort(function (a, b) { return a.getAttribute('data-order') - b.getAttribute('data-order'); });
    var at = all.indexOf(row), found = [];
    for (var k = at - 1; k >= 0 && all[k].getAttribute('data-kind') !== 'pair'; k--) { found = ids(all[k], side).concat(found); }
    for (var j = at + 1; j < all.length && all[j].getAttribute('data-kind') !== 'pair'; j++) { found = found.concat(ids(all[j], side)); }
    return found;
  }

  function nextInOrder(row) {
    var order = Number(row.getAttribute('data-order'));
    return rows.filter(function (r) { return Number(r.getAttribute('data-order')) === order + 1; })[0];
  }

  function change(payload, focusAfter) {
    if (!live) { say('this is an exported view: review it with "yuanwen review ' + body.getAttribute('data-name') + '"'); return; }
    if (busy) { return; }
    busy = true;
    payload.version = version;
    say('saving…', true);
    fetch('change', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) })
      .then(function (response) {
        return response.json().then(function (answer) { return { status: response.status, answer: answer }; });
      })
      .then(function (r) {
        if (r.status === 200) {
          sessionStorage.setItem(stateKey + '-said', r.answer.message);
          reload(r.answer.focus || focusAfter);
        } else if (r.status === 409) {
          sessionStorage.setItem(stateKey + '-said', r.answer.error);
          reload(current && current.id);
        } else {
          busy = false;
          say(r.answer.error || 'the change was refused');
        }
      })
      .catch(function () { busy = false; say('the review server is not answering (stopped?); nothing was saved'); });
  }

  function reload(focusId) {
    var url = location.href.split('#')[0];
    location.replace(url + (focusId ? '#' + focusId : ''));
    location.reload();
  }

  function act(key) {
    if (!current) { say('pick a row first (click it, or j / k)'); return; }
    var kind = current.getAttribute('data-kind'), id = current.id;
    if ('ax[]{}s'.indexOf(key) >= 0 && kind !== 'pair') { say('that works on a pair; this row is an unaligned sentence'); return; }
    switch (key) {
      case 'a': change({ op: 'accept', pair: id }, id); break;
      case 'x': change({ op: 'reject', pair: id }, id); break;
      case ']': change({ op: 'boundary', pair: id, side: 'en', delta: 1 }, id); break;
      case '[': change({ op: 'boundary', pair: id, side: 'en', delta: -1 }, id); break;
      case '}': change({ op: 'boundary', pair: id, side: 'zh', delta: 1 }, id); break;
      case '{': change({ op: 'boundary', pair: id, side: 'zh', delta: -1 }, id); break;
      case 's': change({ op: 'split', pair: id }, id); break;
      case 'm':
        var next = nextInOrder(current);
        if (!next) { say('there is no row after this one to join'); return; }
        change({ op: 'join', rows: [id, next.id] }, id);
        break;
      case 'p':
        if (kind === 'pair') { say('pick an unaligned sentence to pair'); return; }
        var zh = kind === 'zh' ? ids(current, 'zh') : loneBeside(current, 'zh');
        var en = kind === 'en' ? ids(current, 'en') : loneBeside(current, 'en');
        if (!zh.length || !en.length) { say('no unaligned ' + (zh.length ? 'English' : 'Chinese') + ' beside it: join it to the pair above or below (m)'); return; }
        change({ op: 'pair', zh: zh, en: en }, 'p' + zh[0]);
        break;
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.target === search || event.target.tagName === 'SELECT') {
      if (event.key === 'Escape' || event.key === 'Enter') { search.blur(); if (current) { current.focus(); } }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var key = event.key;
    if (key === 'j' || key === 'ArrowDown') { step(1); event.preventDefault(); }
    else if (key === 'k' || key === 'ArrowUp') { step(-1); event.preventDefault(); }
    else if (key === '/') { search.focus(); event.preventDefault(); }
    else if ('ax[]{}msp'.indexOf(key) >= 0 && key.length === 1) { act(key); event.preventDefault(); }
  });

  main.addEventListener('click', function (event) {
    var row = event.target.closest('.row');
    if (row && event.target.tagName !== 'A') { focusRow(row); }
  });
  main.addEventListener('focusin', function (event) {
    if (event.target.classList && event.target.classList.contains('row') && event.target !== current) { focusRow(event.target); }
  });
  // Hovering a mark (or a listed piece of evidence) shows its counterpart on the other side.
  function pairMarks(event, on) {
    var item = event.target.closest('mark, .ev li');
    if (!item) { return; }
    var row = item.closest('.row');
    item.getAttribute('data-e').split(' ').forEach(function (e) {
      row.querySelectorAll('[data-e~="' + e + '"]').forEach(function (m) { m.classList.toggle('on', on); });
    });
  }
  main.addEventListener('mouseover', function (event) {
    listEvidence(event.target.closest('.row'));
    pairMarks(event, true);
  });
  main.addEventListener('mouseout', function (event) { pairMarks(event, false); });
  document.querySelectorAll('.actions button').forEach(function (button) {
    button.addEventListener('click', function () { act(button.getAttribute('data-key')); });
  });
  [show, speaker].forEach(function (control) { control.addEventListener('change', apply); });
  search.addEventListener('input', apply);

  try {
    var saved = JSON.parse(sessionStorage.getItem(stateKey) || 'null');
    if (saved) { show.value = saved.show; speaker.value = saved.speaker; search.value = saved.search; }
    var said = sessionStorage.getItem(stateKey + '-said');
    if (said) { say(said, true); sessionStorage.removeItem(stateKey + '-said'); }
  } catch (e) { /* private mode */ }
  apply();
  if (location.hash) { focusRow(document.getElementById(location.hash.substring(1))); }

  if (live) {
    // A change made meanwhile by the pairs command or a new align run: reload, never overwrite.
    setInterval(function () {
      if (busy) { return; }
      fetch('version', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (answer) {
        if (answer.version !== version) {
          sessionStorage.setItem(stateKey + '-said', 'aligned/' + body.getAttribute('data-name') + '.json changed on disk; reloaded');
          busy = true;
          reload(current && current.id);
        }
      }).catch(function () { say('the review server has stopped; changes can no longer be saved'); });
    }, 3000);
  }
  body.setAttribute('data-ready', 'true');
}());
