(function () {
  // The layout check of a page as the clerk sees it (Browser.layoutProblems): returns a list of problems in words.
  // 1. the page does not scroll sideways; 2. no visible form field, button or label overlaps another;
  // 3. no table column is narrower than the longest word in it (header included).
  var problems = [];
  var doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) {
    problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' px wide in a ' + doc.clientWidth + ' px window');
  }

  function visible(el) {
    if (!el.getClientRects().length) {
      return false;
    }
    var style = getComputedStyle(el);
    if (style.visibility === 'hidden' || el.closest('.ui-helper-hidden-accessible, .ui-helper-hidden')) {
      return false;
    }
    var r = el.getBoundingClientRect();
    return r.width > 2 && r.height > 2;
  }
  function describe(el) {
    var text = (el.innerText || el.value || el.getAttribute('placeholder') || '').trim().replace(/\s+/g, ' ');
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string'
        ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.') : '') + (text ? ' «' + text.substring(0, 40) + '»' : '');
  }

  // 1b. an open dialog lies within the window (its content scrolls, its buttons stay reachable)
  Array.prototype.forEach.call(document.querySelectorAll('.ui-dialog'), function (dialog) {
    var r = dialog.getBoundingClientRect();
    if (visible(dialog) && (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight + 1 || r.right > doc.clientWidth + 1)) {
      problems.push('the dialog ' + describe(dialog.querySelector('.ui-dialog-title') || dialog) + ' runs off the window: '
          + Math.round(r.left) + ',' + Math.round(r.top) + ' – ' + Math.round(r.right) + ',' + Math.round(r.bottom));
    }
  });

  // 2. overlapping controls: the outermost control of each widget (a select's own label and input are inside it)
  var controlSelector = 'input:not([type=hidden]), textarea, select, button, a.ui-button, label, .ui-selectonemenu, '
      + '.ui-autocomplete, .ui-inputnumber, .ui-datepicker, .ui-calendar, .ui-chkbox, .ui-toggleswitch, .ui-inputswitch, '
      + '.ui-selectbooleancheckbox, .ui-radiobutton, .ui-fileupload, .ui-password';
  // with a dialog open, its controls are the ones the clerk works with (the page lies under it)
  var openDialogs = Array.prototype.filter.call(document.querySelectorAll('.ui-dialog'), visible);
  var all = Array.prototype.slice.call(document.querySelectorAll(controlSelector)).filter(visible).filter(function (el) {
    return !openDialogs.length || openDialogs.some(function (dialog) { return dialog.contains(el); });
  });
  var controls = all.filter(function (el) {
    return !all.some(function (other) { return other !== el && other.contains(el); });
  }).filter(function (el) { return !el.closest('.ui-overlaypanel, .ui-selectonemenu-panel, .ui-autocomplete-panel'); });
  // a label touching the box it labels (a radio button's «за») is one control
  function labels(label, control) {
    var target = label.tagName === 'LABEL' && label.htmlFor ? document.getElementById(label.htmlFor) : null;
    return !!target && (control === target || control.contains(target));
  }
  var rects = controls.map(function (el) { return el.getBoundingClientRect(); });
  for (var i = 0; i < controls.length; i++) {
    for (var j = i + 1; j < controls.length; j++) {
      var a = rects[i], b = rects[j];
      var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 2 && h > 2 && !labels(controls[i], controls[j]) && !labels(controls[j], controls[i])) {
        problems.push('overlap: ' + describe(controls[i]) + ' and ' + describe(controls[j]) + ' (' + Math.round(w) + '×' + Math.round(h) + ' px)');
      }
    }
  }

  // 3. columns narrower than their longest word (text of fields — a textarea's own lines — is the field's business)
  var canvas = document.createElement('canvas').getContext('2d');
  function longestWord(cell) {
    var best = {word: '', width: 0};
    var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT, null);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement;
      if (parent.closest('td, th') !== cell || !parent.getClientRects().length
          || parent.closest('.ui-helper-hidden-accessible, .ui-column-resizer, .ui-button-icon-only, textarea, select, script, style')) {
        continue;
      }
      var style = getComputedStyle(parent);
      if (style.textOverflow === 'ellipsis') {
        continue;
      }
      canvas.font = style.font;
      // where the browser may break a line: at a space, after a hyphen, «=» or «/», before a bracket
      // («культурно-» and «познавательными», «roles=» and «[APPROVER]» are two words each)
      node.textContent.split(/[\s\u00a0]+|(?<=[-=\/])|(?=[\[(])/).forEach(function (word) {
        if (!word) {
          return;
        }
        var width = canvas.measureText(word).width;
        if (width > best.width) {
          best = {word: word, width: width};
        }
      });
    }
    return best;
  }
  function header(cell) {
    var table = cell.closest('table');
    var index = Array.prototype.indexOf.call(cell.parentElement.children, cell);
    var th = table.querySelectorAll('thead tr:first-child th')[index] || (table.closest('.ui-datatable')
        && table.closest('.ui-datatable').querySelectorAll('thead tr:first-child th')[index]);
    return th ? th.innerText.trim().replace(/\s+/g, ' ') : '#' + (index + 1);
  }
  var reported = {};
  Array.prototype.forEach.call(document.querySelectorAll('table'), function (table) {
    if (!visible(table)) {
      return;
    }
    Array.prototype.forEach.call(table.rows, function (row) {
      Array.prototype.forEach.call(row.cells, function (cell) {
        if (!cell.getClientRects().length) {
          return;
        }
        var style = getComputedStyle(cell);
        var room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        var longest = longestWord(cell);
        if (longest.width > room + 1) {
          var key = (table.id || table.closest('[id]') && table.closest('[id]').id) + '|' + header(cell);
          if (!reported[key]) {
            reported[key] = true;
            problems.push('column «' + header(cell) + '» of ' + (table.closest('[id]') ? table.closest('[id]').id : 'a table')
                + ' is ' + Math.round(room) + ' px wide, its word «' + longest.word + '» needs ' + Math.ceil(longest.width) + ' px');
          }
        }
      });
    });
  });
  return problems;
})();
