// Progressive enhancement of the workbench: keyboard shortcuts, suggestion buttons, code insertion.
// Every action is also a plain form or link, so the pages work without this script.
(function () {
  'use strict';
  document.documentElement.classList.add('wb-has-js');

  function $(id) { return document.getElementById(id); }

  function announce(text) {
    var live = $('wb-live');
    if (live) { live.textContent = text; }
  }

  // Forms that destroy something (deleting a glossary concept) ask first.
  document.addEventListener('submit', function (e) {
    var question = e.target.dataset && e.target.dataset.confirm;
    if (question && !window.confirm(question)) { e.preventDefault(); }
  });

  // The queue's event picker moves to the chosen event's queue.
  document.addEventListener('change', function (e) {
    var select = e.target;
    if (select.dataset && select.dataset.navigate === 'event') {
      window.location.href = select.dataset.base + encodeURIComponent(select.value) + '/queue';
    }
  });

  var editor = document.querySelector('.wb-editor');
  if (!editor) { return; }
  var target = $('target');
  var saved = target ? target.value : '';

  function dirty() { return target && target.value !== saved; }

  // Submits as if that button was pressed, so its name and value (e.g. then=<next id>) go with the form.
  function submit(form, button) {
    if (!form) { return; }
    saved = target ? target.value : saved;
    form.requestSubmit(button || undefined);
  }

  function replaceTarget(text) {
    if (!target || target.readOnly) { return; }
    target.value = text;
    target.focus();
    target.setSelectionRange(text.length, text.length);
  }

  function insertAtCaret(text) {
    var start = target.selectionStart, end = target.selectionEnd;
    target.setRangeText(text, start, end, 'end');
    target.focus();
  }

  // The first code of the source, in order, that the target does not carry yet.
  function nextMissingCode() {
    var codes = (editor.dataset.codes || '').split(' ').filter(Boolean);
    var remaining = target.value;
    for (var i = 0; i < codes.length; i++) {
      var at = remaining.indexOf(codes[i]);
      if (at < 0) { return codes[i]; }
      remaining = remaining.slice(0, at) + remaining.slice(at + codes[i].length);
    }
    return null;
  }

  function go(id) {
    if (!id) { return; }
    if (dirty() && !window.confirm(editor.dataset.leave || 'Leave without saving?')) { return; }
    saved = target ? target.value : saved;
    window.location.href = window.location.pathname.replace(/\/\d+$/, '/' + id);
  }

  var actions = {
    save: function () { submit($('save-form')); },
    saveNext: function () { submit($('save-form'), $('save-next')); },
    approve: function () {
      if (!$('approve-form')) { return; }
      if (dirty()) { announce(editor.dataset.saveFirst || 'Save your changes first (Ctrl+S).'); return; }
      submit($('approve-form'));
    },
    autofix: function () {
      if (!$('autofix-form')) { return; }
      if (dirty()) { announce(editor.dataset.saveFirst || 'Save your changes first (Ctrl+S).'); return; }
      submit($('autofix-form'));
    },
    reject: function () { if ($('reason')) { $('reason').focus(); } },
    next: function () { go(editor.dataset.next); },
    previous: function () { go(editor.dataset.previous); },
    copySource: function () { replaceTarget($('source').dataset.text); },
    insertCode: function () {
      var code = nextMissingCode();
      if (code) { insertAtCaret(code); announce(code); } else { announce(editor.dataset.noCode || ''); }
    }
  };

  function actionFor(e) {
    if ((e.ctrlKey || e.metaKey) && !e.altKey) {
      if (e.key === 's' || e.key === 'S') { return 'save'; }
      if (e.key === 'Enter') { return 'saveNext'; }
      return null;
    }
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      switch (e.code) {
        case 'KeyA': return 'approve';
        case 'KeyR': return 'reject';
        case 'KeyC': return 'copySource';
        case 'KeyF': return 'autofix';
        case 'KeyI': return 'insertCode';
        case 'ArrowDown': case 'PageDown': return 'next';
        case 'ArrowUp': case 'PageUp': return 'previous';
      }
    }
    return null;
  }

  document.addEventListener('keydown', function (e) {
    var action = actionFor(e);
    if (action) {
      e.preventDefault();
      actions[action]();
    }
  });

  document.addEventListener('click', function (e) {
    var button = e.target.closest('button');
    if (!button) { return; }
    if (button.classList.contains('wb-use')) { replaceTarget(button.dataset.text); }
    else if (button.id === 'copy-source') { actions.copySource(); }
    else if (button.id === 'insert-code') { actions.insertCode(); }
  });

  window.addEventListener('beforeunload', function (e) {
    if (dirty()) { e.preventDefault(); }
  });
})();
