// Accessibility fixes to Vaadin's own components, loaded with the main layout (every signed-in page).
//
// vaadin-tabs has role=tablist, and in its shadow root the tabs sit in a scroll container with tabindex=-1. A tablist
// may own only tabs: to a screen reader (and to axe-core, which calls it critical) that focusable container breaks the
// list. It needs no tabindex, since the tabs themselves take focus (a roving tabindex), so it is removed.
function fixTabs(tabs) {
  const scroll = tabs.shadowRoot && tabs.shadowRoot.getElementById('scroll');
  if (scroll) scroll.removeAttribute('tabindex');
}

customElements.whenDefined('vaadin-tabs').then(() => {
  const Tabs = customElements.get('vaadin-tabs');
  const ready = Tabs.prototype.ready;
  Tabs.prototype.ready = function readyWithoutFocusableScroller() {
    ready.call(this);
    fixTabs(this);
  };
  document.querySelectorAll('vaadin-tabs').forEach(fixTabs); // any drawn before this ran
});

// Vaadin's connection indicator sits in <body> outside every landmark, so a screen reader that moves by landmarks
// never meets it. Named as a region, it is one ("Connection to the server"), which speaks up (its own live region)
// only when the connection is lost or back.
customElements.whenDefined('vaadin-connection-indicator').then(() => {
  document.querySelectorAll('vaadin-connection-indicator').forEach((indicator) => {
    indicator.setAttribute('role', 'region');
    // Its name, in the user's language, is set by the server (LanguageSetup).
  });
});
