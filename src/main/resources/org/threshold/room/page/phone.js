// The phone page: join with the code on the screen, follow the room, answer, and say "Answer saved"
// only once the laptop has committed it. Plain JavaScript for any phone browser on plain http:
// no modules, no service worker, nothing that needs a secure context.
(function () {
  'use strict';

  var POLL_MS = 3000;
  var state = null;
  var shownQuestion = '';
  var shownOpen = null;
  var stream = null;
  var pollTimer = null;
  var retryTimer = null;
  var joinCode = codeFromLink();

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function codeFromLink() {
    var match = /(?:^#|&)join=(\d{6})/.exec(window.location.hash);
    if (match) {
      // Out of the address bar, so the code is not shared with a screenshot of the page.
      history.replaceState(null, '', window.location.pathname);
      return match[1];
    }
    return '';
  }

  function say(text, kind) {
    var status = $('answer-status');
    status.textContent = text || '';
    status.className = 'status' + (kind ? ' ' + kind : '');
  }

  function send(path, body) {
    return fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Threshold-Room': '1' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, json: json };
      });
    });
  }

  function show(panel) {
    ['join', 'waiting', 'question'].forEach(function (id) { $(id).hidden = id !== panel; });
  }

  // ---- following the room -------------------------------------------------------------------

  function refresh() {
    return fetch('/api/state', { credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { if (!r.ok) { throw new Error('status ' + r.status); } return r.json(); })
      .then(render)
      .catch(function () { say('The laptop cannot be reached just now. This page keeps trying.', 'problem'); });
  }

  function listen() {
    if (stream || typeof EventSource === 'undefined') { return; }
    stream = new EventSource('/api/events');
    stream.addEventListener('room', function (e) {
      if (!state || Number(e.data) !== state.version) { refresh(); }
    });
    stream.onerror = function () {
      // The browser retries by itself; if the laptop refused the stream, polling takes over.
      if (stream && stream.readyState === EventSource.CLOSED) { stream = null; }
    };
  }

  function poll() {
    if (pollTimer) { return; }
    pollTimer = setInterval(function () {
      if (!stream || stream.readyState !== EventSource.OPEN) { refresh().then(function () { if (state && state.joined) { listen(); } }); }
    }, POLL_MS);
  }

  function render(next) {
    var before = state;
    state = next;
    if (!next.joined) {
      if (stream) { stream.close(); stream = null; }
      renderJoin(next, before && before.joined);
      return;
    }
    listen();
    var agency = next.agencies.filter(function (a) { return a.id === next.agency; })[0];
    $('where').textContent = agency ? agency.label : '';
    if (!next.question) {
      shownQuestion = '';
      show('waiting');
      say('');
      return;
    }
    if (next.question.id !== shownQuestion || next.question.open !== shownOpen) {
      if (next.question.id !== shownQuestion) { say(next.saved ? 'Answer saved' : '', next.saved ? 'saved' : ''); }
      shownQuestion = next.question.id;
      shownOpen = next.question.open;
      renderQuestion(next.question, next.saved);
    }
    show('question');
  }

  function renderJoin(next, wasJoined) {
    $('where').textContent = '';
    shownQuestion = '';
    var list = $('agency-list');
    var picked = list.querySelector('input:checked');
    while (list.children.length > 1) { list.removeChild(list.lastChild); }
    next.agencies.forEach(function (a) {
      list.appendChild(choice('radio', 'agency', a.id, a.label, picked && picked.value === a.id, 'agency-' + a.id));
    });
    if (joinCode && !$('join-code').value) { $('join-code').value = joinCode; }
    if (!next.phonesOn) {
      say('Phones are not on for this workshop just now.', 'problem');
    } else if (wasJoined) {
      say('The join code has changed. Please type the new one from the screen.', 'problem');
    }
    show('join');
  }

  // ---- building the answer form -------------------------------------------------------------

  function choice(type, name, value, label, checked, id) {
    var wrap = el('label', { 'class': 'choice', 'for': id });
    var input = el('input', { type: type, name: name, value: value, id: id });
    input.checked = !!checked;
    wrap.appendChild(input);
    wrap.appendChild(el('span', {}, label));
    return wrap;
  }

  function group(form, legend, name, choices, selected, prefix) {
    var set = el('fieldset');
    set.appendChild(el('legend', {}, legend));
    choices.forEach(function (c) {
      set.appendChild(choice('radio', name, c.id, c.label, selected === c.id, prefix + c.id));
    });
    form.appendChild(set);
    return set;
  }

  function scale(form, legend, name, selected, withDontKnow, words) {
    var set = el('fieldset', { 'class': 'row' });
    set.appendChild(el('legend', {}, legend));
    var row = el('div', { 'class': 'scale' });
    for (var s = 1; s <= 5; s++) {
      row.appendChild(choice('radio', name, String(s), String(s), selected === String(s), name + '-' + s));
    }
    if (withDontKnow) {
      var dk = choice('radio', name, 'dont-know', "Don't know", selected === 'dont-know', name + '-dont-know');
      dk.className += ' wide';
      row.appendChild(dk);
    }
    set.appendChild(row);
    if (words) {
      var ends = el('div', { 'class': 'scale-words', 'aria-hidden': 'true' });
      ends.appendChild(el('span', {}, '1 ' + words.low));
      ends.appendChild(el('span', {}, '5 ' + words.high));
      set.appendChild(ends);
    }
    form.appendChild(set);
  }

  function select(form, label, id, choices, selected) {
    form.appendChild(el('label', { 'for': id }, label));
    var box = el('select', { id: id });
    box.appendChild(el('option', { value: '' }, 'Not sure, or no one'));
    choices.forEach(function (c) {
      var o = el('option', { value: c.id }, c.label);
      if (selected === c.id) { o.selected = true; }
      box.appendChild(o);
    });
    form.appendChild(box);
  }

  function textBox(form, label, id, value, max) {
    form.appendChild(el('label', { 'for': id }, label));
    var area = el('textarea', { id: id, maxlength: String(max), rows: '3' });
    area.value = value || '';
    form.appendChild(area);
  }

  function renderQuestion(q, saved) {
    saved = saved || {};
    $('question-heading').textContent = q.heading;
    $('question-prompt').textContent = q.prompt;
    $('question-body').textContent = q.body;
    $('question-body-box').hidden = !q.body;
    var form = $('answer-form');
    while (form.firstChild) { form.removeChild(form.firstChild); }
    if (q.kind === 'decision') {
      group(form, 'Your answer', 'option', q.options, saved.option, 'option-');
      if (q.withWhom.length) { select(form, 'With whom would you share?', 'with-whom', q.withWhom, saved.withWhom); }
      if (q.bases.length) { select(form, 'On what basis?', 'basis', q.bases, saved.basis); }
      scale(form, 'How confident are you? 1 (not at all) to 5 (very)', 'confidence',
        saved.confidence ? String(saved.confidence) : '', false, null);
      textBox(form, 'Why, in a sentence (optional)', 'reason', saved.reason, q.maxText);
    } else if (q.kind === 'myth') {
      group(form, 'Myth or fact?', 'option', q.options, saved.option, 'option-');
    } else if (q.kind === 'journey') {
      group(form, 'Pick one stage', 'option', q.options, saved.option, 'option-');
    } else if (q.kind === 'open') {
      textBox(form, 'Your answer (anonymous; the facilitator reads it before the room sees it)', 'open-text', saved.text, q.maxText);
    } else {
      var scores = saved.scores || {};
      q.parts.filter(function (p) { return q.kind !== 'trust' || p.id !== state.agency; }).forEach(function (p) {
        scale(form, p.label, 'score-' + p.id, scores[p.id], q.kind !== 'confidence', q.scale);
      });
    }
    var button = el('button', { type: 'submit', id: 'send-answer', 'class': 'primary' },
      saved.option || saved.text || saved.scores ? 'Change my answer' : 'Send answer');
    form.appendChild(button);
    if (!q.open) {
      Array.prototype.forEach.call(form.elements, function (e) { e.disabled = true; });
      form.insertBefore(el('p', { 'class': 'closed-note' }, 'Answering has closed for this question.'), form.firstChild);
    }
  }

  function collect(q) {
    var form = $('answer-form');
    var answer = { question: q.id };
    function picked(name) { var c = form.querySelector('input[name="' + name + '"]:checked'); return c ? c.value : null; }
    if (q.kind === 'decision' || q.kind === 'myth' || q.kind === 'journey') {
      answer.option = picked('option');
      if (!answer.option) { return null; }
    }
    if (q.kind === 'decision') {
      if ($('with-whom')) { answer.withWhom = $('with-whom').value; }
      if ($('basis')) { answer.basis = $('basis').value; }
      var confidence = picked('confidence');
      if (confidence) { answer.confidence = Number(confidence); }
      answer.reason = $('reason').value;
    } else if (q.kind === 'open') {
      answer.text = $('open-text').value;
      if (!answer.text.trim()) { return null; }
    } else if (q.kind === 'trust' || q.kind === 'confidence' || q.kind === 'readiness') {
      answer.scores = {};
      q.parts.forEach(function (p) { var v = picked('score-' + p.id); if (v) { answer.scores[p.id] = v; } });
      if (!Object.keys(answer.scores).length) { return null; }
    }
    return answer;
  }

  // ---- sending ------------------------------------------------------------------------------

  function submitAnswer(event) {
    event.preventDefault();
    var q = state && state.question;
    if (!q || !q.open) { return; }
    var answer = collect(q);
    if (!answer) { say('Please choose an answer first.', 'problem'); return; }
    clearTimeout(retryTimer);
    trySend(answer, 0);
  }

  function trySend(answer, attempt) {
    say(attempt ? 'Not saved yet: trying again\u2026' : 'Saving\u2026', attempt ? 'problem' : '');
    send('/api/answer', answer).then(function (reply) {
      if (reply.status === 200) {
        say('Answer saved', 'saved');
        $('send-answer').textContent = 'Change my answer';
      } else if (reply.status === 401 || reply.status === 403) {
        say(reply.json.message || 'Please join the room again.', 'problem');
        refresh();
      } else if (reply.status === 409) {
        say(reply.json.message || 'That question has closed.', 'problem');
        refresh();
      } else if (reply.status >= 500 || reply.status === 429) {
        retryLater(answer, attempt);
      } else {
        say(reply.json.message || 'That answer was not accepted.', 'problem');
      }
    }).catch(function () { retryLater(answer, attempt); });
  }

  function retryLater(answer, attempt) {
    say('Not saved yet: the laptop cannot be reached. Trying again\u2026', 'problem');
    retryTimer = setTimeout(function () {
      // Only while the same question is still on: an answer is never sent to a question the room has left.
      if (state && state.question && state.question.id === answer.question) { trySend(answer, attempt + 1); }
    }, Math.min(10000, 1000 * Math.pow(2, attempt)));
  }

  function submitJoin(event) {
    event.preventDefault();
    var code = $('join-code').value.trim();
    var agency = document.querySelector('#agency-list input:checked');
    if (!/^\d{6}$/.test(code)) { say('The join code is the six digits on the screen.', 'problem'); return; }
    if (!agency) { say('Please pick your agency.', 'problem'); return; }
    say('Joining\u2026');
    send('/api/join', { code: code, agency: agency.value }).then(function (reply) {
      if (reply.status === 200) {
        say('');
        render(reply.json);
      } else {
        say(reply.json.message || 'Joining did not work. Please try again.', 'problem');
      }
    }).catch(function () { say('The laptop cannot be reached just now. Please try again.', 'problem'); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('join-form').addEventListener('submit', submitJoin);
    $('answer-form').addEventListener('submit', submitAnswer);
    refresh();
    poll();
  });
}());
