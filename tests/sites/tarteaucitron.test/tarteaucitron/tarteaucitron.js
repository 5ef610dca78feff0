// Imitates tarteaucitron.js (github.com/AmauriC/tarteaucitron.js), self-hosted as most sites do: the
// window.tarteaucitron global, #tarteaucitronRoot with its alert buttons, and the 'tarteaucitron' cookie.
(function () {
  var tac = window.tarteaucitron = {
    job: [],
    init: function () {
      if (document.cookie.indexOf('tarteaucitron=') >= 0) return;
      var show = function () {
        var root = document.createElement('div');
        root.id = 'tarteaucitronRoot';
        root.innerHTML = '<div id="tarteaucitronAlertBig" style="position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:16px;display:block">' +
          '<span id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer</span>' +
          '<button type="button" id="tarteaucitronPersonalize2" class="tarteaucitronCTAButton tarteaucitronAllow">✓ Tout accepter</button>' +
          '<button type="button" id="tarteaucitronAllDenied2" class="tarteaucitronCTAButton tarteaucitronDeny">✗ Tout refuser</button>' +
          '<button type="button" id="tarteaucitronCloseAlert">Personnaliser</button></div>';
        document.body.appendChild(root);
        var decide = function (allowed) {
          document.cookie = 'tarteaucitron=!' + tac.job.map(function (j) { return j + '=' + allowed; }).join('!') +
            '; path=/; max-age=15552000';
          document.getElementById('tarteaucitronAlertBig').style.display = 'none';
          if (allowed) new Image().src = 'https://px.tracker-cdn.test/p.gif?site=' + location.hostname + '&t=' + Date.now();
        };
        document.getElementById('tarteaucitronPersonalize2').onclick = function () { decide(true); };
        document.getElementById('tarteaucitronAllDenied2').onclick = function () { decide(false); };
      };
      if (document.body) show(); else document.addEventListener('DOMContentLoaded', show);
    }
  };
})();
