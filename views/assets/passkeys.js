/*
 * Passkeys in the browser: "Sign in with a passkey" on the sign-in page and "Add a passkey"
 * on the account page. Loaded with `defer` after @simplewebauthn/browser (which defines
 * window.SimpleWebAuthnBrowser), from the app itself: the CSP allows no inline script, so all
 * settings and words come from data-* attributes the server rendered.
 *
 * Without this script both pages still work: the controls stay hidden and a sentence says to
 * sign in with the password, or to use an authenticator app instead.
 */
(function () {
  'use strict';

  var lib = window.SimpleWebAuthnBrowser;

  async function postJson(url, body, csrf) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (csrf) headers['X-CSRF-Token'] = csrf;
    var response = await fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'same-origin' });
    var data = {};
    try {
      data = await response.json();
    } catch (ignored) {
      data = {};
    }
    return { ok: response.ok, data: data };
  }

  function setStatus(settings, status, text, isError) {
    if (!status) return;
    status.textContent = text || settings.msgFailed;
    status.classList.toggle('field-error', Boolean(isError));
  }

  /** Shows the controls if this browser can do WebAuthn; otherwise says so in the fallback text. */
  function reveal(container, controls, settings) {
    var fallback = container.querySelector('.passkey-fallback');
    if (!lib || !lib.browserSupportsWebAuthn()) {
      if (fallback) fallback.textContent = settings.msgUnsupported;
      return false;
    }
    if (fallback) fallback.hidden = true;
    controls.hidden = false;
    return true;
  }

  /** NotAllowedError: the person cancelled, or the browser's time ran out. */
  function messageFor(error, settings) {
    var name = error && (error.name || (error.cause && error.cause.name));
    return name === 'NotAllowedError' || name === 'AbortError' ? settings.msgCancelled : settings.msgFailed;
  }

  async function signIn(root, button) {
    var settings = root.dataset;
    var status = root.querySelector('.passkey-status');
    button.disabled = true;
    setStatus(settings, status, settings.msgWorking, false);
    try {
      var options = await postJson(settings.optionsUrl, {}, settings.csrf);
      if (!options.ok) return setStatus(settings, status, options.data.error, true);
      var assertion = await lib.startAuthentication({ optionsJSON: options.data.options });
      var result = await postJson(settings.verifyUrl, { response: assertion, next: settings.next }, settings.csrf);
      // A form posted after the session ended: its kept draft goes to the page that sends it.
      var resume = document.getElementById('passkey-resume');
      if (result.ok && resume) return resume.submit();
      if (result.ok && result.data.redirect) return window.location.assign(result.data.redirect);
      setStatus(settings, status, result.data.error, true);
    } catch (error) {
      setStatus(settings, status, messageFor(error, settings), true);
    } finally {
      button.disabled = false;
    }
  }

  async function register(form) {
    var settings = form.dataset;
    var status = form.querySelector('.passkey-status');
    var button = form.querySelector('button[type="submit"]');
    var name = form.elements.namedItem('name').value;
    // Asked for before the ceremony: a session alone must not be able to add a passkey.
    var passwordField = form.elements.namedItem('password');
    var password = passwordField ? passwordField.value : '';
    button.disabled = true;
    setStatus(settings, status, settings.msgWorking, false);
    try {
      var options = await postJson(settings.optionsUrl, { name: name, password: password }, settings.csrf);
      if (passwordField) passwordField.value = '';
      if (!options.ok) return setStatus(settings, status, options.data.error, true);
      var attestation = await lib.startRegistration({ optionsJSON: options.data.options });
      var result = await postJson(settings.verifyUrl, { name: name, response: attestation }, settings.csrf);
      if (result.ok && result.data.redirect) return window.location.assign(result.data.redirect);
      setStatus(settings, status, result.data.error, true);
    } catch (error) {
      setStatus(settings, status, messageFor(error, settings), true);
    } finally {
      button.disabled = false;
    }
  }

  var signInRoot = document.getElementById('passkey-sign-in');
  var signInControls = signInRoot && signInRoot.querySelector('.passkey-controls');
  if (signInControls && reveal(signInRoot, signInControls, signInRoot.dataset)) {
    var signInButton = signInControls.querySelector('button');
    signInButton.addEventListener('click', function () {
      signIn(signInRoot, signInButton);
    });
  }

  var registerForm = document.getElementById('passkey-register');
  if (registerForm && reveal(registerForm.parentElement, registerForm, registerForm.dataset)) {
    registerForm.addEventListener('submit', function (event) {
      event.preventDefault();
      register(registerForm);
    });
  }
})();
